import Foundation

/// Wall-clock and CPU time of a piece of work, and the line that reports it.
enum BenchClock {
  struct Times {
    var wall: Double
    var cpu: Double
  }

  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }

  static func measure<T>(_ work: () throws -> T) rethrows -> (T, Times) {
    let cpu = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try work()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (result, Times(wall: wall, cpu: cpuSeconds() - cpu))
  }

  static func report(_ name: String, _ times: Times, count: Int, unit: String, bytes: Int = 0) {
    let perSecond = Double(count) / max(times.cpu, 1e-9)
    var line = name.padding(toLength: 28, withPad: " ", startingAt: 0)
    line += String(
      format: "%9.3f s cpu %9.3f s wall %12.0f %@/s", times.cpu, times.wall,
      perSecond, unit)
    if bytes > 0 {
      line += String(format: " %7.1f MB/s", Double(bytes) / 1e6 / max(times.cpu, 1e-9))
    }
    print(line)
  }
}
