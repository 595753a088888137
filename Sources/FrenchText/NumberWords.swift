/// French cardinal numbers written in words ("trois", "vingt-et-un", "quatre-vingt-dix",
/// "deux cents", "mille"), read from a list of folded words (lower case, no accents).
///
/// Hyphens are not words: "quatre-vingt-dix" is passed as `["quatre", "vingt", "dix"]`. The words
/// "million(s)" and "milliard(s)" are scale words and stop the reading, so that the caller applies
/// them to digits and words alike ("3 millions", "trois millions").
public enum NumberWords {
  static let units: [String: Int] = [
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9,
  ]
  static let teens: [String: Int] = [
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
  ]
  static let tens: [String: Int] = [
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
  ]

  static let multipliers: Set<String> = ["cent", "cents", "mille", "mil"]

  /// Whether `word` (folded) is a French number word.
  public static func isNumberWord(_ word: String) -> Bool {
    units[word] != nil || teens[word] != nil || tens[word] != nil
      || multipliers.contains(word)
  }

  /// The value of the longest prefix of `words` that reads as a number, and how many words it
  /// used (including "et"); nil when the first word is not a number word.
  public static func parse(_ words: [String]) -> (value: Int, length: Int)? {
    var total = 0
    var current = 0
    var length = 0
    var index = 0
    while index < words.count {
      let word = words[index]
      if word == "et", length > 0, index + 1 < words.count,
        ["un", "une", "onze"].contains(words[index + 1]), current % 10 == 0
      {
        index += 1
        continue
      }
      guard let next = step(word, current: current, total: &total) else { break }
      current = next
      index += 1
      length = index
    }
    return length == 0 ? nil : (total + current, length)
  }

  /// Adds one word to the running value, or nil when the word cannot continue the number.
  static func step(_ word: String, current: Int, total: inout Int) -> Int? {
    let low = current % 100
    if let unit = units[word] {
      let afterDix = low == 10 || low == 70 || low == 90
      return low % 10 == 0 && (!afterDix || unit >= 7) ? current + unit : nil
    }
    if let teen = teens[word] {
      return low == 0 || low == 60 || low == 80 ? current + teen : nil
    }
    if let ten = tens[word] {
      if ten == 20, low == 4 { return current - 4 + 80 }
      return low == 0 ? current + ten : nil
    }
    switch word {
    case "cent", "cents":
      guard current < 100 else { return nil }
      return max(current, 1) * 100
    case "mille", "mil":
      guard total == 0 else { return nil }
      total = max(current, 1) * 1000
      return 0
    default:
      return nil
    }
  }
}
