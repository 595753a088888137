import Search

/// The `search` JSON object of `cli.md`: query, exact count, hits.
enum SearchJSON {
  static func object(query: String, results: SearchResults) -> JSONValue {
    .object([
      ("query", .string(query)),
      ("count", .int(results.count)),
      ("hits", .array(results.hits.map(hit))),
    ])
  }

  static func hit(_ hit: SearchHit) -> JSONValue {
    .object([
      ("id", .string(hit.id)),
      ("file", .string(hit.file)),
      ("score", .double(hit.score)),
      ("title", .optional(hit.title)),
      ("date", .optional(hit.date?.iso)),
      ("snippet", .optional(hit.snippet?.text)),
      ("line", .optional(hit.snippet?.line)),
    ])
  }
}
