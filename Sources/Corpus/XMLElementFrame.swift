import Foundation
import FrenchText

/// An element of an XML record being built: its attributes, children and text, turned into the
/// JSON-like value the record reader expects once the element ends.
struct XMLElementFrame {
  /// Elements whose text is kept with its file offsets (question and answer texts, analyses).
  static let locatedNames: Set<String> = [
    "texte", "erratum", "analyse", "TEXTE_DEPOT", "TEXTE_REPONSE", "ANA", "TEXTE",
  ]

  let name: String
  let attributes: [XMLAttribute]
  var text = TextRepairBuffer()
  private var children: [(String, Any)] = []
  private(set) var literals: [String: [TextRepairBuffer?]] = [:]
  /// This element's trimmed text when it is a located leaf.
  private(set) var literal: TextRepairBuffer?

  init(name: String, attributes: [XMLAttribute]) {
    self.name = name
    self.attributes = attributes
  }

  /// Adds a finished child element (a repeated name becomes an array, as in the JSON).
  mutating func add(key: String, value: Any, literal: TextRepairBuffer?) {
    children.append((key, value))
    if let literal { literals[key, default: []].append(literal) }
  }

  mutating func absorb(_ childLiterals: [String: [TextRepairBuffer?]]) {
    for (key, values) in childLiterals { literals[key, default: []] += values }
  }

  /// The element's name and value: an object (attributes as "@name", children by name), a
  /// string for a text leaf, `NSNull` for an empty or `xsi:nil` element.
  mutating func value() -> (String, Any) {
    let isNil = attributes.contains { $0.name.hasSuffix("nil") && $0.value == "true" }
    if children.isEmpty {
      let trimmed = Self.trimmed(text)
      if !trimmed.isEmpty, !isNil {
        if Self.locatedNames.contains(name) { literal = trimmed }
        guard attributes.isEmpty || Self.onlyNamespaces(attributes) else {
          return (name, object(text: trimmed.text))
        }
        return (name, trimmed.text)
      }
      if attributes.isEmpty || isNil || Self.onlyNamespaces(attributes) { return (name, NSNull()) }
    }
    return (name, object(text: nil))
  }

  private func object(text: String?) -> [String: Any] {
    var result: [String: Any] = [:]
    for attribute in attributes { result["@" + attribute.name] = attribute.value }
    for (key, value) in children {
      if let existing = result[key] {
        if var array = existing as? [Any] {
          array.append(value)
          result[key] = array
        } else {
          result[key] = [existing, value]
        }
      } else {
        result[key] = value
      }
    }
    if let text { result["#text"] = text }
    return result
  }

  static func onlyNamespaces(_ attributes: [XMLAttribute]) -> Bool {
    attributes.allSatisfy { $0.name.hasPrefix("xmlns") }
  }

  /// The text without leading and trailing ASCII white space.
  static func trimmed(_ text: TextRepairBuffer) -> TextRepairBuffer {
    let bytes = text.bytes
    var lower = 0
    var upper = bytes.count
    while lower < upper, XMLAttribute.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, XMLAttribute.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower == 0 && upper == bytes.count ? text : text.slice(lower..<upper)
  }
}
