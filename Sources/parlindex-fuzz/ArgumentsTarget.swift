import Foundation
import ParlIndexCommands

/// Runs `ParlIndexTool.run` in-process with random argument lists, in a scratch folder that
/// holds a small corpus and its index. The exit status must be 0, 1 or 64, and a failure must
/// print a `parlindex: error:` line.
struct ArgumentsTarget: FuzzTarget {
  let silencer: DescriptorSilencer

  static let commands = [
    "search", "search", "search", "show", "show", "verify", "extract", "extract", "index",
    "--help", "--version", "help", "serch", "", "-h", "SEARCH", "indexer",
  ]
  static let values: [String: [String]] = [
    "--index": ["index", "idx2", "nowhere", "", "corpus/AN-17-QE-1223.md", "index/CURRENT"],
    "--limit": ["0", "1", "-1", "99999999999999999999", "3.5", "", "dix", "1000000"],
    "--chamber": ["an", "senat", "sénat", "AN", "", "x"],
    "--legislature": ["17", "16", "0", "-3", "", "XVII", "99999999999999999999"],
    "--kind": ["announcement", "question", "", "communiqué"],
    "--from": ["2024", "2024-07", "2024-07-01", "2024-13", "2024-02-30", "", "juillet", "0"],
    "--to": ["2025", "2023-12-31", "9999-99-99", "-1", "2024-7-1"],
    "--date": ["2024-07-01", "2024-7-1", "2024-02-30", "", "aujourd’hui"],
    "--ministry": ["travail santé", "", "\u{00A0}", "économie"],
    "--author": ["garin", "", "Mme Élise"], "--group": ["droite républicaine", ""],
    "--rubric": ["professions et activités", ""],
  ]
  static let switches = [
    "--json", "--quiet", "--batch", "--answered", "--unanswered", "--help", "--version", "-",
    "--", "--limt", "-x", "--json=true", "--index=idx2",
  ]
  static let positionals = [
    "prime ségur", "ségur", "\"prime", "(", "OR", "-laforcade", "AN-17-QE-3175", "AN-17-QE-1223",
    "corpus", "corpus/AN-17-QE-1223.md", "nowhere", "fichier é.txt", "-", "", "\u{0}", "médico*",
  ]

  func arguments(_ random: inout FuzzRandom) -> [String] {
    var command = random.pick(Self.commands)
    if command == "index", !random.chance(10) { command = "search" }
    var arguments = [command]
    for _ in 0..<random.below(6) {
      switch random.below(4) {
      case 0:
        let option = random.pick(Self.values.keys.sorted())
        arguments.append(option)
        if random.chance(95) { arguments.append(random.pick(Self.values[option]!)) }
      case 1: arguments.append(random.pick(Self.switches))
      case 2: arguments.append(random.pick(Self.positionals))
      default:
        let token = Array(random.pick(Self.positionals).utf8)
        let mutated = Mutator.mutate(token, other: Array("--limit".utf8), using: &random)
        arguments.append(
          String(decoding: mutated, as: UTF8.self).replacingOccurrences(
            of: "/", with: "_"))
      }
    }
    return arguments
  }

  func describe(_ random: inout FuzzRandom, case number: Int) -> String {
    "argv: \(arguments(&random))"
  }

  func run(_ random: inout FuzzRandom, case number: Int) -> String? {
    let arguments = arguments(&random)
    silencer.silence()
    let status = ParlIndexTool.run(arguments)
    let errors = silencer.restore()
    guard [0, 1, 64].contains(status) else { return "exit status \(status) for \(arguments)" }
    if status != 0, !errors.contains("parlindex: error:"), !errors.contains("usage:") {
      return "exit \(status) without an error message for \(arguments)"
    }
    return nil
  }
}
