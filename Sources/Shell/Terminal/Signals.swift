import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C, SIGTERM and SIGHUP as flags the line editor checks, so the session can keep its draft and
/// restore the terminal instead of dying mid-write.
enum Signals {
    nonisolated(unsafe) static var interruptCount: sig_atomic_t = 0
    nonisolated(unsafe) static var stopSignal: sig_atomic_t = 0

    static var interrupted: Bool { interruptCount > 0 }
    static var terminating: Int32? { stopSignal == 0 ? nil : stopSignal }

    static func reset() {
        interruptCount = 0
    }

    static func install() {
        var interrupt = sigaction()
        interrupt.__sigaction_handler.sa_handler = { _ in Signals.interruptCount = 1 }
        sigemptyset(&interrupt.sa_mask)
        interrupt.sa_flags = 0  // no SA_RESTART: the read returns EINTR
        sigaction(SIGINT, &interrupt, nil)
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = { signal in Signals.stopSignal = signal }
        sigemptyset(&stop.sa_mask)
        stop.sa_flags = 0
        sigaction(SIGTERM, &stop, nil)
        sigaction(SIGHUP, &stop, nil)
    }
}
