import Foundation
import KasirCore
import KasirProtocol

/// Domain values to wire values and back. Only the handler uses these.
extension Quantity {
  var wire: Thousandths { Thousandths(thousandths) }
  init(_ wire: Thousandths) { self.init(thousandths: wire.value) }
}

extension Product {
  var wire: CatalogAPI.Product {
    CatalogAPI.Product(
      sku: sku, name: name, unit: unit, weighed: weighed, plu: plu, barcodes: barcodes,
      price: price.rupiah, memberPrice: memberPrice?.rupiah, priceCap: priceCap?.rupiah,
      maxPerSale: maxPerSale?.wire, taxClass: taxClass.rawValue, reorderLevel: reorderLevel?.wire,
      packs: packs.map {
        CatalogAPI.Pack(
          barcode: $0.barcode, name: $0.name, factor: $0.factor, price: $0.price.rupiah)
      },
      active: active, onHand: onHand.wire)
  }

  init(_ input: CatalogAPI.ProductInput) {
    let packs = (input.packs ?? []).map {
      Pack(barcode: $0.barcode, name: $0.name, factor: $0.factor, price: Money($0.price))
    }
    let taxClass = TaxClass(rawValue: input.taxClass ?? TaxClass.exempt.rawValue)
    self.init(
      sku: input.sku, name: input.name, unit: input.unit, weighed: input.weighed ?? false,
      plu: input.plu, barcodes: input.barcodes ?? [], price: Money(input.price),
      memberPrice: input.memberPrice.map { Money($0) }, priceCap: input.priceCap.map { Money($0) },
      maxPerSale: input.maxPerSale.map { Quantity($0) }, taxClass: taxClass,
      reorderLevel: input.reorderLevel.map { Quantity($0) }, packs: packs,
      active: input.active ?? true)
  }
}

extension PriceChange {
  func wire(_ time: ShopTime) -> CatalogAPI.PriceChange {
    CatalogAPI.PriceChange(
      sku: sku, price: price.rupiah, memberPrice: memberPrice?.rupiah,
      previousPrice: previousPrice?.rupiah, effectiveAt: time.rfc3339(effectiveAt),
      changedAt: time.rfc3339(changedAt), user: user, reason: reason)
  }
}

extension StockLevel {
  var wire: StockAPI.StockLevel {
    StockAPI.StockLevel(
      sku: sku, name: name, unit: unit, onHand: onHand.wire, reorderLevel: reorderLevel?.wire,
      low: low)
  }
}

extension Movement {
  func wire(_ time: ShopTime) -> StockAPI.Movement {
    StockAPI.Movement(
      id: id, at: time.rfc3339(at), sku: sku, delta: delta.wire, balance: balance.wire,
      kind: kind.rawValue, reference: reference, user: user, reason: reason, note: note)
  }
}

extension Receiving {
  func wire(_ time: ShopTime) -> StockAPI.Receiving {
    StockAPI.Receiving(
      id: id, supplier: supplier, reference: reference, user: user, at: time.rfc3339(at),
      movements: movements.map { $0.wire(time) })
  }
}

extension Sale {
  func wire(_ time: ShopTime) -> SaleAPI.Sale {
    SaleAPI.Sale(
      id: id, number: number, state: state.rawValue, cashier: cashier, memberNumber: memberNumber,
      lines: lines.map(\.wire), subtotal: subtotal.rupiah, discount: discount.rupiah,
      rounding: rounding.rupiah, total: total.rupiah,
      payments: payments.map {
        SaleAPI.Payment(
          method: $0.method.rawValue, amount: $0.amount.rupiah, reference: $0.reference)
      },
      paid: paid.rupiah, change: change.rupiah, openedAt: time.rfc3339(openedAt),
      completedAt: completedAt.map(time.rfc3339), refundOf: refundOf,
      memberSaving: memberSaving == .zero ? nil : memberSaving.rupiah)
  }
}

extension SaleLine {
  var wire: SaleAPI.Line {
    SaleAPI.Line(
      lineNo: lineNo, sku: sku, name: name, unit: unit, quantity: quantity.wire,
      unitPrice: unitPrice.rupiah, priceTier: priceTier.rawValue, discount: discount.rupiah,
      amount: amount.rupiah)
  }
}

extension Shift {
  func wire(_ time: ShopTime) -> ShiftAPI.Shift {
    ShiftAPI.Shift(
      id: id, state: state.rawValue, openedBy: openedBy, openingCash: openingCash.rupiah,
      openedAt: time.rfc3339(openedAt), closedBy: closedBy, closedAt: closedAt.map(time.rfc3339),
      countedCash: countedCash?.rupiah, note: note)
  }
}

extension ShiftReport {
  func wire(_ time: ShopTime) -> ShiftAPI.ShiftReport {
    ShiftAPI.ShiftReport(
      shift: shift.wire(time), salesCount: salesCount, gross: gross.rupiah,
      discounts: discounts.rupiah, refunds: refunds.rupiah, voids: voids.rupiah, net: net.rupiah,
      byMethod: byMethod.map {
        ShiftAPI.MethodTotal(method: $0.method.rawValue, amount: $0.amount.rupiah)
      },
      openingCash: openingCash.rupiah, cashIn: cashIn.rupiah, cashOut: cashOut.rupiah,
      expectedCash: expectedCash.rupiah, countedCash: (countedCash ?? .zero).rupiah,
      difference: (difference ?? .zero).rupiah)
  }
}
