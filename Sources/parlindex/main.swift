import Corpus
import FrenchText

print("parlindex: not yet")
