import Foundation

/// The short summary written beside the JSON (`latest.md`): each of the issue's figures with
/// its limit and the ratio, then every scenario, the concurrent sales and the starts.
extension Results {
  var markdown: String {
    func micros(_ nanoseconds: Int64) -> String {
      String(format: "%.1f", Double(nanoseconds) / 1000)
    }
    var text = [
      "# kasir-bench \(date)", "",
      "\(machine.nproc) cores (\(machine.cpu)), Linux \(machine.kernel), kasird \(kasird.version); "
        + "load average \(machine.loadAverageAtStart) at the start, "
        + "\(machine.loadAverageAtEnd ?? "?") at the end (above ~1, other work shared the "
        + "cores: the figures are pessimistic). \(iterations) iterations in \(rounds) rounds.",
      "", "## Against the targets", "",
      "| figure | value | limit (same run) | ratio | target | |", "|---|---|---|---|---|---|",
    ]
    for target in targets ?? [] {
      text.append(
        "| \(target.figure) | \(target.value) | \(target.limit) | "
          + "\(target.ratio.map { Target.times($0) } ?? "—") | \(target.target) | "
          + "\(target.met.map { $0 ? "met" : "**missed**" } ?? "—") |")
    }
    text += [
      "", "## Round trips (µs)", "",
      "| scenario | n | min | p50 | p90 | p99 | max | p50/echo |",
      "|---|---|---|---|---|---|---|---|",
    ]
    for result in results {
      text.append(
        "| \(result.name) | \(result.iterations) | \(micros(result.minNs)) | "
          + "\(micros(result.p50Ns)) | \(micros(result.p90Ns)) | \(micros(result.p99Ns)) | "
          + "\(micros(result.maxNs)) | "
          + "\(result.p50OverEcho.map { String(format: "%.2f×", $0) } ?? "—") |")
    }
    if let throughput, !throughput.isEmpty {
      text += [
        "", "## Concurrent sales (Open, 3 × AddItem, Pay cash)", "",
        "| clients | seconds | sales | sales/s | calls/s | call | p50 µs | p99 µs |",
        "|---|---|---|---|---|---|---|---|",
      ]
      for run in throughput {
        for (index, call) in run.perCall.enumerated() {
          let head =
            index == 0
            ? "| \(run.clients) | \(String(format: "%.1f", run.seconds)) | \(run.sales) | "
              + String(format: "%.1f | %.0f", run.salesPerSecond, run.callsPerSecond)
            : "| | | | | "
          let method = call.name.split(separator: ":").last.map(String.init) ?? call.name
          text.append(
            "\(head) | \(method.trimmingCharacters(in: .whitespaces)) | "
              + "\(micros(call.p50Ns)) | \(micros(call.p99Ns)) |")
        }
      }
    }
    let other =
      (startups ?? []).map(\.line)
      + (imports ?? []).map { "import \($0.name): \($0.milliseconds) ms" }
      + (exports ?? []).map { "export \($0.line)" }
    if !other.isEmpty { text += ["", "## Starts, imports, exports", ""] + other.map { "- " + $0 } }
    return text.joined(separator: "\n") + "\n"
  }
}
