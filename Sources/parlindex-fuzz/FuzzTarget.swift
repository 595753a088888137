/// One thing under fuzzing: builds case `number` from its own generator, runs it, and returns
/// a problem (nil when the code under test behaved: no trap, a diagnostic for bad input).
protocol FuzzTarget {
  /// A short description of case `number`'s input, for the report of a failing case.
  func describe(_ random: inout FuzzRandom, case number: Int) -> String
  func run(_ random: inout FuzzRandom, case number: Int) -> String?
}
