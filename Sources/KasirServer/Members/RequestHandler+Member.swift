import Foundation
import KasirCore
import KasirProtocol
import KasirStore

/// `id.kasir.Member`: the registry, kasbon settlements and statements, and the SHU basis.
extension RequestHandler {
  static func addMemberMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(MemberAPI.UpsertMember.self, managerOnly: true) { parameters, _ in
      let input = parameters.member
      // Omitted optional fields keep an existing member's values.
      let existing = try? await store.member(number: input.number)
      let member = Member(
        number: input.number, name: input.name, phone: input.phone ?? existing?.phone,
        nik: input.nik ?? existing?.nik,
        creditLimit: input.creditLimit.map { Money($0) } ?? existing?.creditLimit ?? .zero,
        active: input.active ?? existing?.active ?? true)
      let (stored, created) = try await store.upsertMember(member, now: context.now())
      return .init(member: stored.wire, created: created)
    }
    registry.add(MemberAPI.GetMember.self) { parameters, _ in
      .init(member: try await store.member(number: parameters.number).wire)
    }
    registry.add(MemberAPI.SearchMembers.self) { parameters, _ in
      let limit = parameters.limit ?? 50
      guard (1...500).contains(limit) else { throw VarlinkError.invalidParameter("limit") }
      return .init(
        members: try await store.searchMembers(query: parameters.query, limit: limit).map(\.wire))
    }
    registry.add(MemberAPI.PayKasbon.self) { parameters, caller in
      guard let method = Payment.Method(rawValue: parameters.method), method != .kasbon else {
        throw VarlinkError.invalidParameter("method")
      }
      let (member, entry, job) = try await store.payKasbon(
        number: parameters.number, amount: Money(parameters.amount), method: method,
        reference: parameters.reference, queueReceipt: context.printQueue != nil,
        requireOpenShift: context.config.requireOpenShift, user: caller.user, now: context.now())
      context.logger.notice(
        "kasbon settled",
        metadata: [
          "member.number": "\(member.number)", "kasbon.amount": "\(-entry.amount.rupiah)",
          "kasbon.method": "\(method.rawValue)", "caller.user": "\(caller.user)",
        ])
      if job != nil { context.printQueue?.wake() }
      return .init(member: member.wire, receiptJob: job)
    }
    registry.add(MemberAPI.Statement.self) { parameters, _ in
      let from = try context.time.day(parameters.from, parameter: "from")
      let to = try context.time.day(parameters.to, parameter: "to", daysLater: 1)
      let (_, all) = try await store.kasbonStatement(number: parameters.number, to: to)
      let listed = all.filter { entry in from.map { entry.at >= $0 } ?? true }
      let opening = all.last { entry in from.map { entry.at < $0 } ?? false }?.balance ?? .zero
      return .init(
        entries: listed.map { $0.wire(context.time) }, openingBalance: opening.rupiah)
    }
    registry.add(MemberAPI.PurchaseTotals.self, managerOnly: true) { parameters, _ in
      let rows = try await store.purchaseTotals(year: parameters.year)
      return .init(
        rows: rows.map {
          .init(
            number: $0.number, name: $0.name, purchases: $0.purchases.rupiah,
            transactions: $0.transactions)
        })
    }
  }
}

extension Member {
  /// The member as clients see it: the NIK masked, always.
  var wire: MemberAPI.Member {
    MemberAPI.Member(
      number: number, name: name, phone: phone, nik: nik.map(NIK.masked),
      creditLimit: creditLimit.rupiah, active: active, kasbonOutstanding: kasbonOutstanding.rupiah)
  }
}

extension KasbonEntry {
  func wire(_ time: ShopTime) -> MemberAPI.StatementEntry {
    MemberAPI.StatementEntry(
      at: time.rfc3339(at), kind: kind.rawValue, reference: reference ?? "",
      amount: amount.rupiah, balance: balance.rupiah, method: method?.rawValue, user: user)
  }
}

extension RequestHandler {
  static func addMemberImportMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(MemberAPI.ImportMembers.self, managerOnly: true) { parameters, _ in
      let parsed = MemberCSV.parseAll(parameters.csv)
      var errors = parsed.errors
      var summary = ImportSummary()
      do {
        // Good rows are still checked against the database when others are bad, so that the
        // reply lists every bad row at once.
        summary = try await store.importMembers(
          parsed.rows.map { MemberImportRow(row: $0.number, member: $0.member, given: $0.given) },
          dryRun: (parameters.dryRun ?? false) || !errors.isEmpty, now: context.now())
      } catch let error as MemberImportRejected {
        errors += error.problems.map {
          CatalogCSV.RowError(
            row: $0.row, field: MemberCSV.field(of: $0.error), message: MemberCSV.message($0.error))
        }
      }
      guard errors.isEmpty else {
        throw VarlinkError(
          "id.kasir.Member.ImportRejected",
          [
            "errors": .array(
              errors.sorted { $0.row < $1.row }.map {
                .object([
                  "row": .int(Int64($0.row)), "field": .string($0.field),
                  "message": .string($0.message),
                ])
              })
          ])
      }
      return .init(created: summary.created, updated: summary.updated, unchanged: summary.unchanged)
    }
  }
}
