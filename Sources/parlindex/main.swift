import Foundation
import ParlIndexCommands

exit(ParlIndexTool.run(Array(CommandLine.arguments.dropFirst())))
