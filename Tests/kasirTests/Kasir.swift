import Foundation
import KasirTestSupport

/// Runs the built `kasir` with a clean language environment.
func kasir(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
  try ProcessRunner.run(
    BuiltProducts.path("kasir"), arguments,
    environment: ["KASIR_LANG": "", "KASIR_SOCKET": "/nonexistent/kasir.sock"].merging(
      environment
    ) { $1 })
}

/// Runs `kasir` against a fake daemon answering `answers`; gives the result and the calls.
func kasir(
  _ arguments: [String], answering answers: [String: FakeVarlinkServer.Answer],
  environment: [String: String] = [:]
) throws -> (result: ProcessResult, calls: [FakeVarlinkServer.ReceivedCall]) {
  let server = try FakeVarlinkServer(answers)
  defer { server.stop() }
  let result = try kasir(arguments + ["--socket", server.socketPath], environment: environment)
  return (result, server.calls)
}

/// Canned replies, shaped like kasird's.
enum Fixture {
  static let levels = """
    {"levels":[
      {"sku":"BRS-CURAH","name":"Beras Curah","unit":"kg","onHand":12.5,"reorderLevel":20,"low":true},
      {"sku":"GULA-1","name":"Gula Pasir 1 kg","unit":"pcs","onHand":-2,"reorderLevel":5,"low":true},
      {"sku":"MNY-2L","name":"Minyak Goreng 2 L","unit":"pcs","onHand":30,"low":false}
    ]}
    """

  static let paidSale = """
    {"id":7,"number":"20261129-0042","state":"completed","cashier":"siti",
     "lines":[
       {"lineNo":1,"sku":"BRS-CURAH","name":"Beras Curah","unit":"kg","quantity":2.5,
        "unitPrice":14000,"priceTier":"regular","discount":0,"amount":35000},
       {"lineNo":2,"sku":"GULA-1","name":"Gula Pasir 1 kg","unit":"pcs","quantity":1,
        "unitPrice":11500,"priceTier":"regular","discount":0,"amount":11500}],
     "subtotal":46500,"discount":0,"rounding":0,"total":46500,
     "payments":[{"method":"cash","amount":50000}],"paid":50000,"change":3500,
     "openedAt":"2026-11-29T10:15:02+08:00","completedAt":"2026-11-29T10:16:40+08:00"}
    """

  static let openSale = """
    {"id":7,"number":"20261129-0042","state":"open","cashier":"siti",
     "lines":[
       {"lineNo":1,"sku":"BRS-CURAH","name":"Beras Curah","unit":"kg","quantity":0.75,
        "unitPrice":14000,"priceTier":"regular","discount":0,"amount":10500}],
     "subtotal":10500,"discount":0,"rounding":0,"total":10500,
     "payments":[],"paid":0,"change":0,"openedAt":"2026-11-29T10:15:02+08:00"}
    """

  static let underpaid = ("id.kasir.Sale.Underpaid", #"{"due":46500,"tendered":40000}"#)
}
