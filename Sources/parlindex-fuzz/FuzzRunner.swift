import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the cases of one target under the watchdog and prints a summary line.
struct FuzzRunner {
  var options: FuzzOptions
  var watchdog: Watchdog

  /// Runs every case; returns the number of problems (slow cases and failures).
  func run(_ name: String, _ target: any FuzzTarget) -> Int {
    let range = options.only.map { $0...$0 } ?? 0...(max(1, options.cases) - 1)
    var failures: [String] = []
    var slow: [String] = []
    var slowest = (seconds: 0.0, number: 0)
    let start = Date()
    for number in range {
      if options.only != nil {
        var random = FuzzRandom(seed: options.seed, case: number)
        say("case \(number): \(target.describe(&random, case: number))")
      }
      var random = FuzzRandom(seed: options.seed, case: number)
      let replay = "\(name) case \(number) (replay: --seed \(options.seed) --case \(number))"
      watchdog.begin(replay)
      let caseStart = Date()
      let problem = target.run(&random, case: number)
      let seconds = Date().timeIntervalSince(caseStart)
      watchdog.end()
      if seconds > slowest.seconds { slowest = (seconds, number) }
      if seconds > options.budget { slow.append("\(replay): \(format(seconds)) s") }
      if let problem { failures.append("\(replay): \(problem)") }
    }
    let elapsed = Date().timeIntervalSince(start)
    for line in (failures + slow).prefix(20) { say("  \(line)") }
    say(
      "\(name): \(range.count) cases in \(format(elapsed)) s, \(failures.count) failures, "
        + "\(slow.count) over \(format(options.budget)) s (slowest: case \(slowest.number), "
        + "\(format(slowest.seconds)) s), 0 crashes, 0 hangs")
    return failures.count + slow.count
  }

  private func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  private func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}
