/// Text made safe for HTML and XML, in element content and in quoted attribute values alike:
/// `&`, `<`, `>`, `"` and `'` become character references; everything else (accents, U+00A0,
/// U+202F, œ) is kept as UTF-8.
enum HTMLEscape {
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default:
        // Control characters other than tab and newlines are not allowed in XML text.
        if character.value < 0x20, character != "\t", character != "\n", character != "\r" {
          result += " "
        } else {
          result.unicodeScalars.append(character)
        }
      }
    }
    return result
  }
}
