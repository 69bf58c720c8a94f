import GRDB

/// Ends the quick reader's shared snapshot (`QuickReader.endSnapshot`) just before and just
/// after each commit of the store's writer, and after each rollback.
///
/// Before: the checkpoint SQLite runs as part of a commit is not held back by a snapshot older
/// than the commit. After: a check made once the writer's call has returned (and its reply been
/// sent) sees the commit, even if a check began a snapshot while the commit was under way.
final class SnapshotEnder: TransactionObserver {
  let reader: QuickReader

  init(reader: QuickReader) { self.reader = reader }

  /// No row events: only the end of each transaction matters.
  func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
  func databaseDidChange(with event: DatabaseEvent) {}
  func databaseWillCommit() throws { reader.endSnapshot() }
  func databaseDidCommit(_ db: Database) { reader.endSnapshot() }
  func databaseDidRollback(_ db: Database) { reader.endSnapshot() }
}
