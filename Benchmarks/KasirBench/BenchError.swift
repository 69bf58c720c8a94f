/// Anything that stops a benchmark run, with a message for the terminal.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
