import CCups
import Foundation

/// Get-Jobs: did an earlier attempt reach cupsd after all?
///
/// An attempt can fail after cupsd has taken the job: its answer came after our timeout
/// (cupsd busy, or resumed from SIGSTOP just before we gave up) or was lost with the
/// connection. The print queue puts a tag into every job-name and asks for it before it sends
/// a job again, so that such a job is not printed twice. (A request sent to a cupsd that
/// stays stopped until we give up is not such a case: cupsd, resumed, cannot send the
/// `100 Continue` libcups asked for on the closed connection and drops the request.)
///
/// cupsd keeps completed jobs in its history (unless `PreserveJobHistory No`; `MaxJobs`, 500
/// by default, bounds it), but about a second after a job completes it unloads the job's
/// attributes, and Get-Jobs then lists only its job-id (CUPS 2.4, found by experiment).
/// Get-Job-Attributes loads them again, so the jobs Get-Jobs lists without a name are asked
/// one by one, newest first, until one older than `notBefore` shows up.
extension IPPClient {
  /// One job as Get-Jobs or Get-Job-Attributes tells it; nil where cupsd left it out.
  struct ListedJob: Equatable {
    var id: Int32
    var name: String?
    /// `time-at-creation`, seconds since 1970 by cupsd's clock.
    var createdAt: Int64?
  }

  /// The lowest id of the jobs on this queue, pending or completed, whose job-name contains
  /// `[tag]` and that cupsd created at or after `notBefore`; nil if there is none.
  /// `notBefore` keeps an old job with the same tag (a database restored from a backup
  /// numbers its jobs again) from counting, and bounds the search: cupsd numbers jobs in
  /// the order it creates them.
  func findJob(tag: String, notBefore: Date) -> Result<Int32?, PrintError> {
    let marker = "[\(tag)]"
    let earliest = Int64(notBefore.timeIntervalSince1970.rounded(.down))
    let listed: [ListedJob]
    switch listJobs() {
    case .success(let jobs): listed = jobs.sorted { $0.id > $1.id }
    case .failure(let error): return .failure(error)
    }
    var found: Int32?
    for var job in listed {
      if job.name == nil || job.createdAt == nil {
        switch jobAttributes(job.id) {
        case .success(let loaded?): job = loaded
        case .success(nil): continue  // purged meanwhile
        case .failure(let error): return .failure(error)
        }
      }
      guard let createdAt = job.createdAt, createdAt >= earliest else { break }
      if job.name?.contains(marker) == true { found = job.id }
    }
    return .success(found)
  }

  /// Get-Jobs with which-jobs=all and my-jobs=false: every job cupsd still knows on this
  /// queue, including completed ones.
  func listJobs() -> Result<[ListedJob], PrintError> {
    exchange(IPP_OP_GET_JOBS) { request in
      ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nil, "all")
      ippAddBoolean(request, IPP_TAG_OPERATION, "my-jobs", 0)
      Self.requestAttributes(of: request)
    } read: { response in
      Self.jobs(in: response)
    }
  }

  /// Get-Job-Attributes for one job: loads a completed job's attributes in cupsd.
  func jobAttributes(_ id: Int32) -> Result<ListedJob?, PrintError> {
    let result = exchange(IPP_OP_GET_JOB_ATTRIBUTES) { request in
      ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", id)
      Self.requestAttributes(of: request)
    } read: { response in
      Self.jobs(in: response).first
    }
    if case .failure(.noSuchPrinter) = result { return .success(nil) }  // 0x0406: no such job
    return result
  }

  private static func requestAttributes(of request: OpaquePointer) {
    let wanted = ["job-id", "job-name", "time-at-creation"]
    withCStrings(wanted) { names in
      _ = ippAddStrings(
        request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        Int32(wanted.count), nil, names)
    }
  }

  /// The jobs of a response: one job group each, separated by separator attributes (no
  /// name, group tag zero).
  static func jobs(in response: OpaquePointer) -> [ListedJob] {
    var jobs: [ListedJob] = []
    var current = ListedJob(id: 0)
    var hasID = false
    func finish() {
      if hasID { jobs.append(current) }
      current = ListedJob(id: 0)
      hasID = false
    }
    var attribute = ippFirstAttribute(response)
    while let found = attribute {
      if ippGetGroupTag(found) == IPP_TAG_JOB, let name = ippGetName(found) {
        switch String(cString: name) {
        case "job-id":
          current.id = ippGetInteger(found, 0)
          hasID = true
        case "job-name": current.name = ippGetString(found, 0, nil).map { String(cString: $0) }
        case "time-at-creation": current.createdAt = Int64(ippGetInteger(found, 0))
        default: break
        }
      } else {
        finish()
      }
      attribute = ippNextAttribute(response)
    }
    finish()
    return jobs
  }
}

extension IPPClient.ListedJob {
  init(id: Int32) { self.init(id: id, name: nil, createdAt: nil) }
}
