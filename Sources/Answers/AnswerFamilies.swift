import Extraction
import Foundation
import FrenchText

/// Answers that reuse the same paragraphs: a set of documents whose answers share at least
/// `minimumShared` normalised sentences of `minimumTerms` words or more, `minimumSharedTerms`
/// words in all (a paragraph, not a formula such as "La parole est à M. le ministre…"), linked
/// transitively. "This answer text was sent to N questions."
public struct AnswerFamily: Sendable, Hashable {
  public var documentIDs: [String]
  /// How many distinct sentences at least two members share.
  public var sharedSentences: Int
  /// The first shared sentence, as written in one of them.
  public var sample: String

  public init(documentIDs: [String], sharedSentences: Int, sample: String) {
    self.documentIDs = documentIDs
    self.sharedSentences = sharedSentences
    self.sample = sample
  }
}

/// Finds the answer families of a collection by hashing normalised answer sentences.
public enum AnswerFamilies {
  public static let minimumTerms = 8
  public static let minimumShared = 2
  public static let minimumSharedTerms = 50

  public static func families(
    in records: [DocumentRecord], analyzer: FrenchAnalyzer = FrenchAnalyzer()
  ) -> [AnswerFamily] {
    var owners: [String: [String]] = [:]
    var samples: [String: String] = [:]
    for record in records {
      let answer = record.document.sections.filter { $0.kind == .answer }.flatMap(\.sentences)
      var seen: Set<String> = []
      for sentence in answer {
        let terms = analyzer.terms(in: sentence.text)
        guard terms.count >= minimumTerms else { continue }
        let key = terms.joined(separator: " ")
        guard seen.insert(key).inserted else { continue }
        owners[key, default: []].append(record.document.id)
        if samples[key] == nil { samples[key] = sentence.text }
      }
    }
    return link(owners.filter { $0.value.count > 1 }, samples: samples)
  }

  /// Links documents sharing `minimumShared` sentences, then gathers each linked set.
  static func link(_ shared: [String: [String]], samples: [String: String]) -> [AnswerFamily] {
    var pairs: [[String]: (count: Int, terms: Int)] = [:]
    for (key, owners) in shared {
      let terms = key.split(separator: " ").count
      for (index, first) in owners.enumerated() {
        for second in owners[(index + 1)...] {
          let pair = [first, second].sorted()
          let sum = pairs[pair] ?? (0, 0)
          pairs[pair] = (sum.count + 1, sum.terms + terms)
        }
      }
    }
    var parent: [String: String] = [:]
    func root(_ id: String) -> String {
      var id = id
      while let next = parent[id], next != id { id = next }
      return id
    }
    for (pair, sum) in pairs.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) })
    where sum.count >= minimumShared && sum.terms >= minimumSharedTerms {
      let (left, right) = (root(pair[0]), root(pair[1]))
      if left != right { parent[max(left, right)] = min(left, right) }
      parent[pair[0]] = parent[pair[0]] ?? pair[0]
      parent[pair[1]] = parent[pair[1]] ?? pair[1]
    }
    let members = Dictionary(grouping: parent.keys, by: root)
    return members.values.map { ids in
      let set = Set(ids)
      let keys = shared.filter { $0.value.filter(set.contains).count > 1 }.keys.sorted()
      return AnswerFamily(
        documentIDs: ids.sorted(), sharedSentences: keys.count,
        sample: keys.first.flatMap { samples[$0] } ?? "")
    }.sorted { $0.documentIDs.lexicographicallyPrecedes($1.documentIDs) }
  }
}
