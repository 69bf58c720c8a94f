/// `id.kasir.Member`: the koperasi's members, their kasbon and their purchases for the SHU.
public enum MemberAPI {
  public struct Member: Codable, Sendable, Equatable {
    public var number: String
    public var name: String
    public var phone: String?
    /// Always masked: `6471********0003`.
    public var nik: String?
    public var creditLimit: Int64
    public var active: Bool
    public var kasbonOutstanding: Int64
    public init(
      number: String, name: String, phone: String? = nil, nik: String? = nil,
      creditLimit: Int64 = 0, active: Bool = true, kasbonOutstanding: Int64 = 0
    ) {
      self.number = number
      self.name = name
      self.phone = phone
      self.nik = nik
      self.creditLimit = creditLimit
      self.active = active
      self.kasbonOutstanding = kasbonOutstanding
    }
  }

  public struct MemberInput: Codable, Sendable, Equatable {
    public var number: String
    public var name: String
    public var phone: String?
    public var nik: String?
    public var creditLimit: Int64?
    public var active: Bool?
    public init(
      number: String, name: String, phone: String? = nil, nik: String? = nil,
      creditLimit: Int64? = nil, active: Bool? = nil
    ) {
      self.number = number
      self.name = name
      self.phone = phone
      self.nik = nik
      self.creditLimit = creditLimit
      self.active = active
    }
  }

  public struct StatementEntry: Codable, Sendable, Equatable {
    public var at: String
    public var kind: String
    public var reference: String
    public var amount: Int64
    public var balance: Int64
    public var method: String?
    public var user: String
    public init(
      at: String, kind: String, reference: String, amount: Int64, balance: Int64,
      method: String? = nil, user: String
    ) {
      self.at = at
      self.kind = kind
      self.reference = reference
      self.amount = amount
      self.balance = balance
      self.method = method
      self.user = user
    }
  }

  public struct PurchaseTotal: Codable, Sendable, Equatable {
    public var number: String
    public var name: String
    public var purchases: Int64
    public var transactions: Int
    public init(number: String, name: String, purchases: Int64, transactions: Int) {
      self.number = number
      self.name = name
      self.purchases = purchases
      self.transactions = transactions
    }
  }

  public struct MemberReply: Codable, Sendable {
    public var member: Member
    public init(member: Member) { self.member = member }
  }

  public enum UpsertMember: VarlinkMethod {
    public static let name = "id.kasir.Member.UpsertMember"
    public struct Parameters: Codable, Sendable {
      public var member: MemberInput
      public init(member: MemberInput) { self.member = member }
    }
    public struct Reply: Codable, Sendable {
      public var member: Member
      public var created: Bool
      public init(member: Member, created: Bool) {
        self.member = member
        self.created = created
      }
    }
  }

  public enum GetMember: VarlinkMethod {
    public static let name = "id.kasir.Member.GetMember"
    public struct Parameters: Codable, Sendable {
      public var number: String
      public init(number: String) { self.number = number }
    }
    public typealias Reply = MemberReply
  }

  public enum SearchMembers: VarlinkMethod {
    public static let name = "id.kasir.Member.SearchMembers"
    public struct Parameters: Codable, Sendable {
      public var query: String
      public var limit: Int?
      public init(query: String, limit: Int? = nil) {
        self.query = query
        self.limit = limit
      }
    }
    public struct Reply: Codable, Sendable {
      public var members: [Member]
      public init(members: [Member]) { self.members = members }
    }
  }

  public enum PayKasbon: VarlinkMethod {
    public static let name = "id.kasir.Member.PayKasbon"
    public struct Parameters: Codable, Sendable {
      public var number: String
      public var amount: Int64
      public var method: String
      public var reference: String?
      public init(number: String, amount: Int64, method: String, reference: String? = nil) {
        self.number = number
        self.amount = amount
        self.method = method
        self.reference = reference
      }
    }
    public struct Reply: Codable, Sendable {
      public var member: Member
      public var receiptJob: Int64?
      public init(member: Member, receiptJob: Int64?) {
        self.member = member
        self.receiptJob = receiptJob
      }
    }
  }

  public enum Statement: VarlinkMethod {
    public static let name = "id.kasir.Member.Statement"
    public struct Parameters: Codable, Sendable {
      public var number: String
      public var from: String?
      public var to: String?
      public init(number: String, from: String? = nil, to: String? = nil) {
        self.number = number
        self.from = from
        self.to = to
      }
    }
    public struct Reply: Codable, Sendable {
      public var entries: [StatementEntry]
      public var openingBalance: Int64
      public init(entries: [StatementEntry], openingBalance: Int64) {
        self.entries = entries
        self.openingBalance = openingBalance
      }
    }
  }

  public enum PurchaseTotals: VarlinkMethod {
    public static let name = "id.kasir.Member.PurchaseTotals"
    public struct Parameters: Codable, Sendable {
      public var year: Int
      public init(year: Int) { self.year = year }
    }
    public struct Reply: Codable, Sendable {
      public var rows: [PurchaseTotal]
      public init(rows: [PurchaseTotal]) { self.rows = rows }
    }
  }
}

extension MemberAPI {
  public enum ImportMembers: VarlinkMethod {
    public static let name = "id.kasir.Member.ImportMembers"
    public typealias Parameters = CatalogAPI.ImportProducts.Parameters
    public typealias Reply = CatalogAPI.ImportProducts.Reply
  }
}

extension SaleAPI {
  public enum SetMember: VarlinkMethod {
    public static let name = "id.kasir.Sale.SetMember"
    public struct Parameters: Codable, Sendable {
      public var saleId: Int64
      public var memberNumber: String?
      public init(saleId: Int64, memberNumber: String? = nil) {
        self.saleId = saleId
        self.memberNumber = memberNumber
      }
    }
    public typealias Reply = SaleReply
  }
}
