import GRDB

extension Store {
  /// Whether `error` is SQLite saying the database cannot grow (SQLITE_FULL): its disk is
  /// full, or it reached its configured `max_page_count`. SQLite has then rolled the
  /// transaction back, so the use case changed nothing and may be tried again later.
  public static func isStorageFull(_ error: any Error) -> Bool {
    (error as? DatabaseError)?.resultCode == .SQLITE_FULL
  }
}
