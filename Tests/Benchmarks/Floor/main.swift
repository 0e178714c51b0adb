// The floor the benchmarks are measured against: a Swift program that loads Foundation and prints a line.
import Foundation

print("Hello, \(ProcessInfo.processInfo.processName)")
