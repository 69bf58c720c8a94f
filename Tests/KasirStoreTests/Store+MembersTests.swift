import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

/// The member registry, member prices, kasbon and the SHU purchase totals.
@Suite struct StoreMembersTests {
  let now = Fixtures.now
  static let siti = Member(
    number: "KMP-0001", name: "Siti Aminah", phone: "0812-5555-0001", nik: "6471054512900003",
    creditLimit: 100_000)
  static let budi = Member(number: "KMP-0002", name: "Budi Santoso")

  func shop() async throws -> Store {
    let store = try await Fixtures.stockedStore()
    _ = try await store.upsertMember(Self.siti, now: now)
    _ = try await store.upsertMember(Self.budi, now: now)
    return store
  }

  /// An open sale of `noodles` Indomie (member price 3.300, regular 3.500) for `member`.
  func sale(_ store: Store, member: String?, noodles: Int64) async throws -> Sale {
    let sale = try await store.openSale(cashier: "ani", memberNumber: member, now: now)
    return try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: noodles), user: "ani", now: now
    ).sale
  }

  @Test func registryCreatesUpdatesAndFinds() async throws {
    let store = try Fixtures.store()
    let (created, isNew) = try await store.upsertMember(Self.siti, now: now)
    #expect(isNew && created == Self.siti)
    var changed = Self.siti
    changed.number = "kmp-0001"
    changed.phone = "  "
    changed.creditLimit = 50_000
    let (updated, isNewAgain) = try await store.upsertMember(changed, now: now)
    #expect(!isNewAgain && updated.number == "KMP-0001" && updated.phone == nil)
    #expect(try await store.member(number: "kmp-0001").creditLimit == 50_000)
    _ = try await store.upsertMember(Self.budi, now: now)
    #expect(try await store.searchMembers(query: "santo").map(\.number) == ["KMP-0002"])
    #expect(try await store.searchMembers(query: "aminah siti").map(\.number) == ["KMP-0001"])
    #expect(try await store.searchMembers(query: "KMP-").count == 2)
    #expect(try await store.searchMembers(query: "xyz").isEmpty)
  }

  @Test func badMembersAreRefusedAndNothingChanges() async throws {
    let store = try await shop()
    let before = try await store.digest()
    var twin = Self.budi
    twin.nik = Self.siti.nik
    await #expect(throws: MemberError.duplicateNIK(number: "KMP-0001")) {
      try await store.upsertMember(twin, now: now)
    }
    for (nik, problem) in [
      ("647105451290000", MemberError.NIKProblem.format),
      ("6471054512900000", .serial), ("0071054512900003", .province),
      ("6471059912900003", .birthDate), ("6471054513900003", .birthDate),
    ] {
      var bad = Self.budi
      bad.nik = nik
      await #expect(throws: MemberError.invalidNIK(reason: problem)) {
        try await store.upsertMember(bad, now: now)
      }
    }
    var negative = Self.budi
    negative.creditLimit = -1
    await #expect(throws: MemberError.invalidField(field: "creditLimit", reason: .negative)) {
      try await store.upsertMember(negative, now: now)
    }
    #expect(try await store.digest() == before)
  }

  @Test func unknownAndInactiveMembersCannotBuy() async throws {
    let store = try await shop()
    await #expect(throws: MemberError.memberNotFound(number: "KMP-9999")) {
      try await store.openSale(cashier: "ani", memberNumber: "KMP-9999", now: now)
    }
    var gone = Self.budi
    gone.active = false
    _ = try await store.upsertMember(gone, now: now)
    await #expect(throws: MemberError.memberInactive(number: "KMP-0002")) {
      try await store.openSale(cashier: "ani", memberNumber: "kmp-0002", now: now)
    }
    #expect(try await store.count("sale") == 0)
  }

  @Test func memberPricesOnAndOff() async throws {
    let store = try await shop()
    let member = try await sale(store, member: "kmp-0001", noodles: 10)
    #expect(member.memberNumber == "KMP-0001")
    #expect(member.total == 33_000 && member.memberSaving == 2_000)
    let regular = try await store.setMember(saleId: member.id, number: nil, now: now)
    #expect(regular.memberNumber == nil && regular.total == 35_000)
    #expect(regular.memberSaving == .zero && regular.lines[0].priceTier == .regular)
    let again = try await store.setMember(saleId: member.id, number: "KMP-0002", now: now)
    #expect(again.memberNumber == "KMP-0002" && again.total == 33_000)
    #expect(try await store.sale(id: member.id) == again)
  }

  @Test func kasbonUpToTheLimitAndNotBeyond() async throws {
    let store = try await shop()
    let first = try await sale(store, member: "KMP-0001", noodles: 20)  // 66.000
    _ = try await store.pay(
      saleId: first.id, payments: [Payment(method: .kasbon, amount: 66_000)], user: "ani",
      now: now)
    #expect(try await store.member(number: "KMP-0001").kasbonOutstanding == 66_000)

    let second = try await sale(store, member: "KMP-0001", noodles: 11)  // 36.300
    let before = try await store.digest()
    await #expect(
      throws: MemberError.creditLimitExceeded(
        limit: 100_000, outstanding: 66_000, requested: 36_300)
    ) {
      try await store.pay(
        saleId: second.id, payments: [Payment(method: .kasbon, amount: 36_300)], user: "ani",
        now: now)
    }
    #expect(try await store.digest() == before)
    // Part kasbon, part cash fits.
    _ = try await store.pay(
      saleId: second.id,
      payments: [Payment(method: .kasbon, amount: 34_000), Payment(method: .cash, amount: 2_300)],
      user: "ani", now: now)
    #expect(try await store.member(number: "KMP-0001").kasbonOutstanding == 100_000)

    // Kasbon without a member.
    let anonymous = try await sale(store, member: nil, noodles: 1)
    await #expect(throws: SaleError.memberRequired) {
      try await store.pay(
        saleId: anonymous.id, payments: [Payment(method: .kasbon, amount: 3_500)], user: "ani",
        now: now)
    }
  }

  @Test func refundsVoidsAndSettlementsComeOffTheKasbon() async throws {
    let store = try await shop()
    let bought = try await sale(store, member: "KMP-0001", noodles: 10)  // 33.000
    let paid = try await store.pay(
      saleId: bought.id,
      payments: [Payment(method: .kasbon, amount: 30_000), Payment(method: .cash, amount: 3_000)],
      user: "ani", now: now
    ).sale
    // Refund 4 of 10 (13.200): all of it comes off the kasbon.
    let refund = try await store.refund(
      number: paid.number, lines: [.init(lineNo: 1, quantity: Quantity(whole: 4))],
      reason: "rusak", user: "manager", now: now)
    #expect(refund.payments == [Payment(method: .kasbon, amount: 13_200)])
    // Refund the other 6 (19.800): 16.800 kasbon is left, the 3.000 rest is cash.
    let rest = try await store.refund(
      number: paid.number, lines: [.init(lineNo: 1, quantity: Quantity(whole: 6))],
      reason: "rusak", user: "manager", now: now)
    #expect(
      rest.payments == [
        Payment(method: .kasbon, amount: 16_800), Payment(method: .cash, amount: 3_000),
      ])
    #expect(try await store.member(number: "KMP-0001").kasbonOutstanding == .zero)

    let other = try await sale(store, member: "KMP-0001", noodles: 5)  // 16.500
    let otherPaid = try await store.pay(
      saleId: other.id, payments: [Payment(method: .kasbon, amount: 16_500)], user: "ani",
      now: now
    ).sale
    let third = try await sale(store, member: "KMP-0001", noodles: 2)  // 6.600
    _ = try await store.pay(
      saleId: third.id, payments: [Payment(method: .kasbon, amount: 6_600)], user: "ani", now: now
    )
    _ = try await store.void(number: otherPaid.number, reason: "salah", user: "manager", now: now)
    #expect(try await store.member(number: "KMP-0001").kasbonOutstanding == 6_600)

    await #expect(throws: MemberError.invalidSettlement(amount: 7_000, outstanding: 6_600)) {
      try await store.payKasbon(
        number: "KMP-0001", amount: 7_000, method: .cash, user: "ani", now: now)
    }
    await #expect(throws: MemberError.invalidSettlement(amount: -1, outstanding: 6_600)) {
      try await store.payKasbon(
        number: "KMP-0001", amount: -1, method: .cash, user: "ani", now: now)
    }
    let settled = try await store.payKasbon(
      number: "KMP-0001", amount: 5_000, method: .qris, reference: "QR-77", queueReceipt: true,
      user: "ani", now: now)
    #expect(settled.member.kasbonOutstanding == 1_600)
    let jobId = try #require(settled.receiptJob)
    let job = try #require(try await store.printJob(id: jobId))
    #expect(job.kind == .settlement && job.settlementId == settled.entry.id)

    let (_, entries) = try await store.kasbonStatement(number: "kmp-0001")
    #expect(
      entries.map(\.kind) == [
        .purchase, .refund, .refund, .purchase, .purchase, .void, .settlement,
      ])
    #expect(
      entries.map(\.amount.rupiah) == [30_000, -13_200, -16_800, 16_500, 6_600, -16_500, -5_000])
    #expect(entries.map(\.balance.rupiah) == [30_000, 16_800, 0, 16_500, 23_100, 6_600, 1_600])
  }

  @Test func purchaseTotalsMatchAnIndependentSum() async throws {
    let store = try await shop()
    var expected: [String: (Money, Int)] = ["KMP-0001": (.zero, 0), "KMP-0002": (.zero, 0)]
    for (member, noodles) in [("KMP-0001", 3), ("KMP-0002", 7), ("KMP-0001", 5)] {
      let open = try await sale(store, member: member, noodles: Int64(noodles))
      let paid = try await store.pay(
        saleId: open.id, payments: [Payment(method: .cash, amount: open.total)], user: "ani",
        now: now
      ).sale
      expected[member]!.0 += paid.total
      expected[member]!.1 += 1
    }
    // A non-member sale counts for nobody; a refund comes off; a voided sale counts nothing.
    let anonymous = try await sale(store, member: nil, noodles: 2)
    _ = try await store.pay(
      saleId: anonymous.id, payments: [Payment(method: .cash, amount: 7_000)], user: "ani",
      now: now)
    let sales = try await store.writer.read { db in
      try SaleRecord.filter(Column("memberNumber") == "KMP-0002").fetchAll(db)
    }
    let refund = try await store.refund(
      number: sales[0].number, lines: [.init(lineNo: 1, quantity: .one)], reason: "x",
      user: "manager", now: now)
    expected["KMP-0002"]!.0 -= refund.total
    let voidMe = try await sale(store, member: "KMP-0001", noodles: 1)
    let voidPaid = try await store.pay(
      saleId: voidMe.id, payments: [Payment(method: .cash, amount: 3_300)], user: "ani", now: now
    ).sale
    _ = try await store.void(number: voidPaid.number, reason: "x", user: "manager", now: now)

    let totals = try await store.purchaseTotals(year: 2026)
    #expect(totals.map(\.number) == ["KMP-0001", "KMP-0002"])
    for row in totals {
      #expect(
        row.purchases == expected[row.number]!.0 && row.transactions == expected[row.number]!.1)
    }
    // A year without sales lists every member with nothing bought and no transactions.
    let empty = try await store.purchaseTotals(year: 2025)
    #expect(empty.count == 2)
    #expect(empty.allSatisfy { $0.purchases == .zero && $0.transactions == 0 })
    await #expect(throws: MemberError.invalidYear(99)) { try await store.purchaseTotals(year: 99) }
  }
}

extension StoreMembersTests {
  @Test func kasbonSettledInCashIsInTheDrawer() async throws {
    let store = try await shop()
    let bought = try await sale(store, member: "KMP-0001", noodles: 10)
    _ = try await store.pay(
      saleId: bought.id, payments: [Payment(method: .kasbon, amount: 33_000)], user: "ani",
      now: now)
    _ = try await store.payKasbon(
      number: "KMP-0001", amount: 20_000, method: .cash, user: "ani", now: now)
    _ = try await store.payKasbon(
      number: "KMP-0001", amount: 3_000, method: .transfer, user: "ani", now: now)
    let report = try await store.closeShift(
      countedCash: 120_000, note: nil, user: "ani", now: now
    ).report
    #expect(report.cashIn == 20_000)
    #expect(report.expectedCash == 120_000 && report.difference == .zero)
    #expect(report.byMethod == [.init(method: .kasbon, amount: 33_000)])
  }
}

extension StoreMembersTests {
  @Test func aRefundAfterSettlementIsPaidInCashNotAsCredit() async throws {
    let store = try await shop()
    let bought = try await sale(store, member: "KMP-0001", noodles: 10)  // 33.000
    let paid = try await store.pay(
      saleId: bought.id, payments: [Payment(method: .kasbon, amount: 33_000)], user: "ani",
      now: now
    ).sale
    _ = try await store.payKasbon(
      number: "KMP-0001", amount: 30_000, method: .cash, user: "ani", now: now)
    // 3.000 still owed: a refund of 5 (16.500) takes 3.000 off the kasbon, 13.500 in cash.
    let refund = try await store.refund(
      number: paid.number, lines: [.init(lineNo: 1, quantity: Quantity(whole: 5))],
      reason: "rusak", user: "manager", now: now)
    #expect(
      refund.payments == [
        Payment(method: .kasbon, amount: 3_000), Payment(method: .cash, amount: 13_500),
      ])
    #expect(try await store.member(number: "KMP-0001").kasbonOutstanding == .zero)
  }
}
