import Foundation
import Testing

/// One question, one record: the same question in two folders and two formats (a Sénat CSV row
/// still "en cours", then the answered question page) is one hit, answered, and the run that
/// brings the newer version says "updated".
@Suite struct DuplicateQuestionTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let csv = """
    Sort;Nature;Numéro;Référence;Titre;Nom;Prénom;Civilité;Circonscription;Groupe;\
    Type Appartenance;Date de publication JO;Ministère de dépôt;Date de transmission;\
    Ministère de transmission;Ministère de réponse;Date de réponse JO;\
    Référence de la question rappelée;Thème(s);Thème QC;URL Question;;
    En cours;QE;01929;17-QE-01929;Extension de la Prime Ségur;Allizard;Pascal;M.;Var;\
    Les Républicains;membre;17/10/2024;Travail;;;;;;Travail;;\
    https://www.senat.fr/questions/base/2024/qSEQ241001929.html;;

    """

  static func status(_ index: String) throws -> String? {
    let show = try BinaryRunner.run(["show", "SENAT-17-QE-1929", "--json", "--index", index])
    let object = try? JSONSerialization.jsonObject(with: Data(show.stdout.utf8))
    return (object as? [String: Any])?["status"] as? String
  }

  @Test func sameQuestionInTwoFoldersAndTwoFormatsIsOneAnsweredRecord() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let older = root.appendingPathComponent("ancien")
    let newer = root.appendingPathComponent("nouveau")
    for folder in [older, newer] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try Data(Self.csv.utf8).write(to: older.appendingPathComponent("questions.csv"))
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("corpus/SENAT-17-QE-1929.txt"),
      to: newer.appendingPathComponent("SENAT-17-QE-1929.txt"))
    let index = root.appendingPathComponent("index").path
    let first = try BinaryRunner.run(["index", older.path, "--index", index, "--quiet"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("1 added, 0 updated"), "\(first.stdout)")
    #expect(try Self.status(index) == "unanswered")
    let second = try BinaryRunner.run(
      ["index", older.path, newer.path, "--index", index, "--quiet"])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("indexed 1 documents"), "\(second.stdout)")
    #expect(second.stdout.contains("0 added, 1 updated"), "\(second.stdout)")
    #expect(!second.stderr.contains("duplicate"), "\(second.stderr)")
    #expect(try Self.status(index) == "answered")
    let search = try BinaryRunner.run(["search", "Laforcade", "--json", "--index", index])
    #expect(RobustRunner.count(search) == 1, "\(search.stderr)")
  }
}
