import Foundation
import Testing

@testable import Extraction

/// One expected actor: its text as written, normalised name, kind and role.
struct ActorCase: Sendable, CustomStringConvertible {
  var text: String
  var written: String
  var name: String
  var kind: String
  var role: String? = nil

  var description: String { text }
}

@Suite struct ActorTests {
  static let cases: [ActorCase] = [
    .init(text: "l'État financera la prime", written: "l'État", name: "État", kind: "state"),
    .init(text: "l\u{2019}Etat versera", written: "l\u{2019}Etat", name: "État", kind: "state"),
    .init(
      text: "le Gouvernement prévoit", written: "Gouvernement", name: "Gouvernement", kind: "state"),
    .init(
      text: "les départements avanceront les fonds", written: "départements",
      name: "départements", kind: "department"),
    .init(
      text: "trois présidents de conseils départementaux", written: "conseils départementaux",
      name: "départements", kind: "department"),
    .init(
      text: "le congrès de Départements de France", written: "Départements de France",
      name: "Départements de France", kind: "department"),
    .init(text: "il revient aux régions", written: "régions", name: "régions", kind: "region"),
    .init(
      text: "la branche autonomie a financé", written: "branche autonomie",
      name: "branche autonomie", kind: "autonomy-branch"),
    .init(
      text: "la CNSA verse", written: "CNSA", name: "branche autonomie", kind: "autonomy-branch"),
    .init(text: "les ARS instruisent", written: "ARS", name: "ARS", kind: "ars"),
    .init(
      text: "les agences régionales de santé", written: "agences régionales de santé",
      name: "ARS", kind: "ars"),
    .init(
      text: "l'effort financier des associations", written: "associations",
      name: "associations", kind: "association"),
    .init(
      text: "le ministère du travail et de l'emploi a répondu",
      written: "ministère du travail et de l'emploi", name: "ministère du travail et de l'emploi",
      kind: "ministry"),
    .init(
      text: "Le Premier ministre a annoncé", written: "Le Premier ministre",
      name: "Premier ministre", kind: "person", role: "Premier ministre"),
    .init(
      text: "attire l'attention de Mme la ministre du travail, de la santé et des familles sur",
      written: "Mme la ministre du travail, de la santé et des familles",
      name: "ministre du travail, de la santé et des familles", kind: "person",
      role: "ministre du travail, de la santé et des familles"),
    .init(
      text: "M. Jean-Luc Bourgeaux attire l'attention", written: "M. Jean-Luc Bourgeaux",
      name: "Jean-Luc Bourgeaux", kind: "person"),
    .init(
      text: "Mme Catherine Vautrin, ministre du travail, a répondu",
      written: "Mme Catherine Vautrin", name: "Catherine Vautrin", kind: "person",
      role: "ministre du travail"),
  ]

  @Test(arguments: cases)
  func actor(_ row: ActorCase) throws {
    let actor = try #require(first(.actor, in: row.text))
    #expect(actor.text == row.written)
    #expect(actor.normalized == row.name)
    #expect(actor.value == .text(row.name))
    #expect(actor.kind == row.kind)
    #expect(actor.role == row.role)
  }

  /// Place names, "en l'état", the lower-case noun "état" and "départements ministériels" are
  /// not actors.
  @Test(arguments: [
    "Ille-et-Vilaine (7e circonscription)", "Rhône (3<sup>e</sup> circonscription)",
    "en l'état actuel du droit", "un état des lieux", "les départements ministériels",
    "le Rhône et la Gironde", "M. le", "Mme",
  ])
  func notAnActor(_ text: String) {
    #expect(first(.actor, in: text) == nil)
  }
}
