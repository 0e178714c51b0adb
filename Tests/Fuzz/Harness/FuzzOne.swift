import Foundation

// One harness, six targets: build.sh compiles it once per target with -D FUZZ_<TARGET>.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    #if FUZZ_ANSWERS
        FuzzEntries.answers(data)
    #elseif FUZZ_PLAN
        FuzzEntries.plan(data)
    #elseif FUZZ_CHECKINS
        FuzzEntries.checkIns(data)
    #elseif FUZZ_CRM
        FuzzEntries.crm(data)
    #elseif FUZZ_PROMPTS
        FuzzEntries.prompts(data)
    #else
        FuzzEntries.understanding(data)
    #endif
    return 0
}
