// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ParlIndex",
  products: [
    .executable(name: "parlindex", targets: ["parlindex"]),
    .library(
      name: "ParlIndexKit",
      targets: ["FrenchText", "Corpus", "Extraction", "Indexing", "Search", "Answers"]),
  ],
  targets: [
    .target(name: "FrenchText"),
    .target(name: "Corpus", dependencies: ["FrenchText"]),
    .target(name: "Extraction", dependencies: ["Corpus", "FrenchText"]),
    .target(name: "Indexing", dependencies: ["Extraction", "Corpus", "FrenchText"]),
    .target(name: "Search", dependencies: ["Indexing", "Corpus", "FrenchText"]),
    .target(name: "Answers", dependencies: ["Search", "Indexing", "Extraction"]),
    .target(
      name: "ParlIndexCommands",
      dependencies: ["FrenchText", "Corpus", "Extraction", "Indexing", "Search", "Answers"]
    ),
    .executableTarget(
      name: "parlindex", dependencies: ["ParlIndexCommands"],
      // The Swift runtime and Foundation linked in: a one-shot query starts several ms sooner.
      // SwiftPM compiles the modules against the shared Foundation, whose objects do not name
      // the static libraries behind it: they are listed here. Release only: the test bundle
      // links the executable's settings, and Swift Testing exists only as a shared library.
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_CFXMLInterface",
            "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization",
            "-lswift_StringProcessing", "-lswift_RegexParser",
          ], .when(configuration: .release))
      ]
    ),
    .executableTarget(
      name: "parlindex-bench",
      dependencies: ["FrenchText", "Corpus", "Extraction", "Indexing", "Search"]
    ),
    .executableTarget(
      name: "parlindex-fuzz",
      dependencies: ["ParlIndexCommands", "Corpus", "Search", "FrenchText", "Indexing"]
    ),
    .target(name: "FuzzSupport"),
    .testTarget(name: "FrenchTextTests", dependencies: ["FrenchText", "FuzzSupport"]),
    .testTarget(
      name: "CorpusTests", dependencies: ["Corpus", "FrenchText", "FuzzSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ExtractionTests", dependencies: ["Extraction", "Corpus", "FrenchText", "FuzzSupport"]),
    .testTarget(
      name: "IndexingTests", dependencies: ["Indexing", "Corpus", "FrenchText", "FuzzSupport"]),
    .testTarget(
      name: "SearchTests",
      dependencies: ["Search", "Indexing", "Corpus", "FrenchText", "FuzzSupport"]),
    .testTarget(name: "AnswersTests", dependencies: ["Answers"]),
    .testTarget(
      name: "GoldenTests", dependencies: ["Corpus", "Extraction", "FrenchText"],
      exclude: ["golden", "golden-mentions"]
    ),
    .testTarget(name: "CommandsTests", dependencies: ["ParlIndexCommands", "FuzzSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["parlindex"]),
  ],
  swiftLanguageModes: [.v6]
)
