import Search

/// A query or topic that does not parse, for a person: what is wrong, in which argument, at which
/// column, and how to write it instead.
enum QueryAdvice {
  /// What to do, by the start of the parser's message.
  static let remedies: [(prefix: String, remedy: String)] = [
    ("unbalanced ')'", "remove that ')' or open a '(' before it"),
    ("OR needs a word", "put a word on each side of OR, e.g. ségur OR laforcade"),
    ("an exclusion cannot be", "exclude outside the group, e.g. (ségur OR laforcade) -mayotte"),
    ("'-' or NOT needs", "write the excluded word right after it, e.g. -mayotte"),
    ("unclosed '('", "add the missing ')'"),
    ("empty parentheses", "put words inside the parentheses or remove them"),
    ("unexpected", "put the character between double quotes to search for it"),
    ("'*' is allowed only", "put '*' at the end of a word only, e.g. revalori*"),
    ("a prefix needs", "write at least 3 letters before '*'"),
    ("unclosed quote", "add the closing '\"'"),
    ("empty phrase", "put words between the quotes or remove them"),
    ("empty query", "give at least one word to search for"),
    ("a query needs at least one word", "add a word to search for, e.g. ségur -mayotte"),
  ]

  /// "QUERY 'prime (': unclosed '(' (column 7); add the missing ')'".
  static func message(for error: QueryError, in text: String, role: String) -> String {
    let remedy = remedies.first { error.message.hasPrefix($0.prefix) }?.remedy
    let base = "\(role) '\(text)': \(error.description)"
    return remedy.map { "\(base); \($0)" } ?? base
  }
}
