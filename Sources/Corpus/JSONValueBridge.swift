import Foundation

/// Values decoded by Foundation (`JSONSerialization` output, or the XML records built like
/// it) as `JSONValue`s, read the way the former `[String: Any]` access read them.
extension JSONValue {
  init(foundation value: Any) {
    if let string = value as? String {
      self = .string(string)
    } else if let object = value as? [String: Any] {
      var members = JSONObject()
      for key in object.keys.sorted() {
        members.append(key: key, value: JSONValue(foundation: object[key] as Any))
      }
      self = .object(members)
    } else if let array = value as? [Any] {
      self = .array(array.map { JSONValue(foundation: $0) })
    } else if value is NSNull {
      self = .null
    } else if let number = value as? NSNumber {
      self = .number(number as? Int)
    } else if let number = value as? Int {
      self = .number(number)
    } else {
      self = .null
    }
  }
}
