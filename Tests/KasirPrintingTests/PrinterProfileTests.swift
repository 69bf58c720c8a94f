import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

/// Each profile option, shown by the command it makes the decoder read.
@Suite struct PrinterProfileTests {
  func paper(_ change: (inout PrinterProfile) -> Void, _ receipt: Receipt = SampleReceipt.sale)
    -> EscPosDecoder
  {
    var profile = PrinterProfile(columns: 32)
    change(&profile)
    return EscPosDecoder(ReceiptRenderer(profile: profile).render(receipt))
  }

  @Test(arguments: [
    (PrinterProfile.Cut.partial, EscPosDecoder.Cut.partial, [0x1D, 0x56, 0x42, 0x00] as [UInt8]),
    (.full, .full, [0x1D, 0x56, 0x41, 0x00]),
    (.escI, .escI, [0x1B, 0x69]),
  ])
  func cutKinds(cut: PrinterProfile.Cut, decoded: EscPosDecoder.Cut, bytes: [UInt8]) {
    var profile = PrinterProfile(columns: 32)
    profile.cut = cut
    let document = ReceiptRenderer(profile: profile).render(SampleReceipt.sale)
    let paper = EscPosDecoder(document)
    #expect(paper.commands.suffix(2) == [.feed(3), .cut(decoded)])
    #expect(paper.commands.filter { if case .cut = $0 { true } else { false } }.count == 1)
    #expect(Array(document.suffix(bytes.count)) == bytes)
  }

  @Test func noCutEndsWithTheFeed() {
    let paper = paper { $0.cut = .none }
    #expect(paper.commands.last == .feed(3))
    #expect(!paper.commands.contains { if case .cut = $0 { true } else { false } })
  }

  @Test(arguments: [0, 1, 7, 10]) func feedLinesBeforeTheCut(lines: Int) {
    let paper = paper { $0.feedLines = lines }
    let feeds = paper.commands.filter { if case .feed = $0 { true } else { false } }
    #expect(feeds == (lines == 0 ? [] : [.feed(lines)]))
    #expect(paper.elements.last == .command(.cut(.partial)))
    // Right before the cut: the feed, or with 0 lines the last printed line.
    let beforeCut = paper.elements.dropLast().last
    if lines == 0 {
      #expect(beforeCut.map { if case .line = $0 { true } else { false } } == true)
    } else {
      #expect(beforeCut == .command(.feed(lines)))
    }
  }

  @Test func kanjiModeIsCancelledOnlyWhenAsked() {
    let on = paper { $0.cancelKanji = true }
    let off = paper { $0.cancelKanji = false }
    #expect(on.commands.prefix(2) == [.initialize, .cancelKanji])
    #expect(off.commands.prefix(2) == [.initialize, .drawerKick(pin: 2, onMs: 50, offMs: 500)])
    #expect(!off.commands.contains(.cancelKanji))
  }

  @Test(arguments: [
    (
      PrinterProfile.DrawerPin.pin2, 50,
      EscPosDecoder.Command.drawerKick(pin: 2, onMs: 50, offMs: 500)
    ),
    (.pin5, 50, .drawerKick(pin: 5, onMs: 50, offMs: 500)),
    (.pin2, 120, .drawerKick(pin: 2, onMs: 120, offMs: 500)),
    (.pin5, 2, .drawerKick(pin: 5, onMs: 2, offMs: 500)),
    (.pin2, 510, .drawerKick(pin: 2, onMs: 510, offMs: 510)),
    (.pin2, 51, .drawerKick(pin: 2, onMs: 50, offMs: 500)),
  ])
  func drawerPinAndPulse(pin: PrinterProfile.DrawerPin, ms: Int, kick: EscPosDecoder.Command) {
    let receipt = paper {
      $0.drawerPin = pin
      $0.drawerPulseMs = ms
    }
    // Right after the init bytes, so the drawer opens while the receipt prints.
    #expect(receipt.commands.prefix(3) == [.initialize, .cancelKanji, kick])
    var profile = PrinterProfile()
    profile.drawerPin = pin
    profile.drawerPulseMs = ms
    let openDrawer = EscPosDecoder(ReceiptRenderer(profile: profile).drawerKick)
    #expect(openDrawer.commands == [.initialize, kick])
    #expect(openDrawer.text.isEmpty)
  }

  @Test func theDefaultDrawerKickIsPin2For50ms() {
    #expect(ReceiptRenderer.drawerKick == [0x1B, 0x40, 0x1B, 0x70, 0x00, 0x19, 0xFA])
    #expect(ReceiptRenderer.drawerKick == ReceiptRenderer(profile: PrinterProfile()).drawerKick)
  }

  /// drawer, payments, copy → kicks.
  @Test(arguments: [
    (PrinterProfile.Drawer.cash, ["Tunai"], false, 1),
    (.cash, ["QRIS", "Tunai"], false, 1),
    (.cash, ["QRIS"], false, 0),
    (.cash, ["QRIS", "Kasbon"], false, 0),
    (.cash, ["Tunai"], true, 0),
    (.manual, ["Tunai"], false, 0),
    (.manual, ["QRIS"], false, 0),
  ])
  func theDrawerOpensOnlyForCashWhenAskedAndNeverOnCopies(
    drawer: PrinterProfile.Drawer, methods: [String], copy: Bool, kicks: Int
  ) {
    var receipt = SampleReceipt.sale
    receipt.isCopy = copy
    receipt.payments = methods.map {
      .init(label: $0, amount: 50_000, isCash: $0 == "Tunai")
    }
    let paper = paper({ $0.drawer = drawer }, receipt)
    let kicked = paper.commands.filter { if case .drawerKick = $0 { true } else { false } }
    #expect(kicked.count == kicks)
    var profile = PrinterProfile()
    profile.drawer = drawer
    #expect(ReceiptRenderer(profile: profile).opensDrawer(receipt) == (kicks == 1))
  }
}
