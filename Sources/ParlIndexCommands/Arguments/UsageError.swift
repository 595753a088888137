/// A command line that cannot be understood: exit status 64, printed with the usage.
struct UsageError: Error, Sendable, CustomStringConvertible {
  var message: String
  /// The command whose usage to print, if known.
  var command: String?

  init(_ message: String, command: String? = nil) {
    self.message = message
    self.command = command
  }

  var description: String { message }
}

/// A failure while running a command (missing index, unreadable file): exit status 1.
struct RuntimeError: Error, Sendable, CustomStringConvertible {
  var message: String
  /// What to do about it, printed after the message.
  var advice: String?

  init(_ message: String, advice: String? = nil) {
    self.message = message
    self.advice = advice
  }

  var description: String { message }
}
