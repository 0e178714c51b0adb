@preconcurrency import CLibEdit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lines from a person at a terminal, through libedit: Emacs keys, history kept across runs, Tab completion,
/// Ctrl-C that clears the line, and the terminal always left as it was found.
public final class LineEditor: LineSource {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: String?
    private var saved = termios()
    private var closed = false

    /// A terminal on both ends, and one that can be edited on.
    public static func canEdit(environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        return isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !term.isEmpty && term != "dumb"
    }

    /// `$XDG_STATE_HOME/salesplan/history`, else `~/.local/state/salesplan/history`.
    public static func historyFile(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/salesplan/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/salesplan/history" }
        return nil
    }

    public init(historyFile: String?, screen: Screen) {
        tcgetattr(STDIN_FILENO, &saved)
        self.historyFile = historyFile
        Self.useUTF8Characters()
        editor = el_init("salesplan", stdin, stdout, stderr)
        history = history_init()
        salesplan_history_setsize(history, 500)
        salesplan_history_setunique(history, 1)
        if let historyFile { salesplan_history_load(history, historyFile) }
        salesplan_el_set_editor(editor, "emacs")
        salesplan_el_set_history(editor, history)
        salesplan_el_set_signal(editor, 1)
        salesplan_el_set_prompt(editor, editorPrompt)
        salesplan_el_set_getcfn(editor, readCharacter)
        salesplan_el_add_function(editor, "salesplan-complete", "Complete a command or choice", complete)
        salesplan_el_bind(editor, "^I", "salesplan-complete")
        // Home, End and Delete as the common terminals send them.
        for key in ["\\e[1~", "\\e[7~", "\\e[H", "\\eOH"] { salesplan_el_bind(editor, key, "ed-move-to-beg") }
        for key in ["\\e[4~", "\\e[8~", "\\e[F", "\\eOF"] { salesplan_el_bind(editor, key, "ed-move-to-end") }
        salesplan_el_bind(editor, "\\e[3~", "ed-delete-next-char")
        Signals.install()
        EditorState.editor = editor
    }

    deinit {
        close()
    }

    /// libedit hands back what was typed in the locale's characters: under the C locale "José Müller" comes back as
    /// "Jos Mller". Characters follow the environment's locale, or UTF-8 when that has none; numbers keep the C locale.
    static func useUTF8Characters() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0).lowercased() } ?? ""
        guard !chosen.contains("utf-8"), !chosen.contains("utf8") else { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }

    /// Ends editing and puts the terminal back as it was found.
    public func close() {
        guard !closed else { return }
        closed = true
        if let historyFile { saveHistory(to: historyFile) }
        el_end(editor)
        history_end(history)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    }

    public var isTerminal: Bool { true }

    public func read(prompt: String, choices: [String]) -> LineEvent {
        EditorState.setPrompt(prompt)
        EditorState.choices = choices
        Signals.reset()
        var count: Int32 = 0
        let line = el_gets(editor, &count)
        if let signal = Signals.terminating {
            close()
            return .terminated(signal: signal)
        }
        if Signals.interrupted {
            StandardStreams.out("\n")
            return .interrupted(hadText: EditorState.hadText)
        }
        guard let line, count > 0 else {
            StandardStreams.out("\n")
            return .ended
        }
        var text = String(cString: line)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            salesplan_history_enter(history, text)
            if let historyFile { saveHistory(to: historyFile) }
        }
        return .line(text)
    }

    /// History holds the rep's answers: the file is private to them. libedit writes to a fresh file of its own
    /// (created exclusively, so a link planted there is never followed) that then takes the history's name: a link
    /// at the history path is replaced, its target left alone.
    private func saveHistory(to path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        Glibc.close(fd)
        if salesplan_history_save(history, temporary) >= 0, rename(temporary, path) == 0 { return }
        unlink(temporary)
    }
}

/// State the C callbacks reach: one editor per process.
enum EditorState {
    nonisolated(unsafe) static var editor: OpaquePointer?
    nonisolated(unsafe) static var prompt: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var choices: [String] = []
    /// Whether the line had text when Ctrl-C arrived.
    nonisolated(unsafe) static var hadText = false

    static func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }
}

private func editorPrompt(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    EditorState.prompt
}

/// Reads one character (UTF-8 decoded); gives up on Ctrl-C or a stop signal so `el_gets` returns.
private func readCharacter(_ editor: OpaquePointer?, _ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    func byte() -> Int32? {
        var b: UInt8 = 0
        while true {
            if let editor { EditorState.hadText = salesplan_el_line_length(editor) > 0 }
            let n = Glibc.read(STDIN_FILENO, &b, 1)
            if n == 1 { return Int32(b) }
            if n == 0 { return nil }
            if errno == EINTR {
                if Signals.interrupted || Signals.terminating != nil { return -1 }
                continue
            }
            return -1
        }
    }
    guard let first = byte() else { return 0 }
    if first < 0 { return -1 }
    var scalar = UInt32(first)
    var more = 0
    switch first {
    case 0xC0...0xDF:
        scalar &= 0x1F
        more = 1
    case 0xE0...0xEF:
        scalar &= 0x0F
        more = 2
    case 0xF0...0xF7:
        scalar &= 0x07
        more = 3
    default: break
    }
    for _ in 0..<more {
        guard let next = byte(), next >= 0 else { return -1 }
        guard (0x80...0xBF).contains(next) else {
            scalar = 0xFFFD
            break
        }
        scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    out?.pointee = wchar_t(bitPattern: scalar)
    return 1
}

/// Tab: completes the word (or phrase) being typed from the choices; lists them when more than one fits.
private func complete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor else { return UInt8(CC_ERROR) }
    var buffer = [CChar](repeating: 0, count: 512)
    let length = salesplan_el_line_before_cursor(editor, &buffer, Int32(buffer.count))
    let line = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let typed = line.lowercased()
    let word = String(typed.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    // Multi-word choices match the whole line; single words match the word at the cursor.
    let matches = EditorState.choices.filter { choice in
        let c = choice.lowercased()
        return c.contains(" ") ? c.hasPrefix(typed) && !typed.isEmpty : c.hasPrefix(word) && !word.isEmpty
    }
    guard let first = matches.first else { return UInt8(CC_REFRESH_BEEP) }
    let typedPart = first.contains(" ") ? typed : word
    var common = first.lowercased()
    for m in matches.dropFirst() {
        common = String(zip(common, m.lowercased()).prefix { $0 == $1 }.map(\.0))
    }
    if matches.count == 1 { common += " " }
    let insert = String(common.dropFirst(typedPart.count))
    if !insert.isEmpty {
        el_insertstr(editor, insert)
        return UInt8(CC_REFRESH)
    }
    StandardStreams.out("\n" + matches.joined(separator: "  ") + "\n")
    return UInt8(CC_REDISPLAY)
}
