/// `id.kasir.Printer`: the receipt printer and its durable queue.
public enum PrinterAPI {
  public struct Job: Codable, Sendable, Equatable {
    public var id: Int64
    /// receipt, copy, drawer or test.
    public var kind: String
    /// The sale number for receipts and copies, the caller's name for a drawer kick or a
    /// test page.
    public var reference: String
    /// pending, sent or failed.
    public var state: String
    public var attempts: Int
    public var createdAt: String
    public var lastError: String?
    public var requestedBy: String
    public var sentAt: String?
    public var cupsJobId: Int64?
    public init(
      id: Int64, kind: String, reference: String, state: String, attempts: Int,
      createdAt: String, lastError: String?, requestedBy: String, sentAt: String?,
      cupsJobId: Int64?
    ) {
      self.id = id
      self.kind = kind
      self.reference = reference
      self.state = state
      self.attempts = attempts
      self.createdAt = createdAt
      self.lastError = lastError
      self.requestedBy = requestedBy
      self.sentAt = sentAt
      self.cupsJobId = cupsJobId
    }
  }

  public enum Status: VarlinkMethod {
    public static let name = "id.kasir.Printer.Status"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      public var destination: String
      /// ready, stopped or unreachable.
      public var state: String
      public var pendingJobs: Int
      public var lastError: String?
      public init(destination: String, state: String, pendingJobs: Int, lastError: String?) {
        self.destination = destination
        self.state = state
        self.pendingJobs = pendingJobs
        self.lastError = lastError
      }
    }
  }

  public enum Jobs: VarlinkMethod {
    public static let name = "id.kasir.Printer.Jobs"
    public struct Parameters: Codable, Sendable, Equatable {
      public var limit: Int?
      public init(limit: Int? = nil) { self.limit = limit }
    }
    public struct Reply: Codable, Sendable, Equatable {
      public var jobs: [Job]
      public init(jobs: [Job]) { self.jobs = jobs }
    }
  }

  public enum OpenDrawer: VarlinkMethod {
    public static let name = "id.kasir.Printer.OpenDrawer"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      /// The drawer-kick job.
      public var job: Int64
      public init(job: Int64) { self.job = job }
    }
  }

  /// Extension: queues a test page, as `OpenDrawer` queues a drawer kick.
  public enum Test: VarlinkMethod {
    public static let name = "id.kasir.Printer.Test"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      /// The test-page job; `Jobs` tells when it is sent.
      public var job: Int64
      public init(job: Int64) { self.job = job }
    }
  }
}
