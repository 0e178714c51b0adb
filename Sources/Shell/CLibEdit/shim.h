// libedit's el_set and history are variadic, which Swift cannot call: these wrappers fix each use.
#ifndef SALESPLAN_CLIBEDIT_SHIM_H
#define SALESPLAN_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

typedef char *(*salesplan_prompt_fn)(EditLine *);
typedef unsigned char (*salesplan_command_fn)(EditLine *, int);

static inline int salesplan_el_set_prompt(EditLine *el, salesplan_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int salesplan_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int salesplan_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int salesplan_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int salesplan_el_set_getcfn(EditLine *el, el_rfunc_t fn) { return el_set(el, EL_GETCFN, fn); }
static inline int salesplan_el_add_function(EditLine *el, const char *name, const char *help, salesplan_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int salesplan_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}

static inline int salesplan_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int salesplan_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int salesplan_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int salesplan_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int salesplan_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

/// Characters typed so far on the line being edited.
static inline int salesplan_el_line_length(EditLine *el) {
    const LineInfo *li = el_line(el);
    return li ? (int)(li->lastchar - li->buffer) : 0;
}

/// The word before the cursor, copied into `out` (at most `size` - 1 bytes); returns its length.
static inline int salesplan_el_current_word(EditLine *el, char *out, int size) {
    const LineInfo *li = el_line(el);
    if (!li || size <= 0) return 0;
    const char *start = li->cursor;
    while (start > li->buffer && start[-1] != ' ') start--;
    int n = (int)(li->cursor - start);
    if (n >= size) n = size - 1;
    for (int i = 0; i < n; i++) out[i] = start[i];
    out[n] = 0;
    return n;
}

/// The whole line up to the cursor, for completing phrases such as "that's everything".
static inline int salesplan_el_line_before_cursor(EditLine *el, char *out, int size) {
    const LineInfo *li = el_line(el);
    if (!li || size <= 0) return 0;
    int n = (int)(li->cursor - li->buffer);
    if (n >= size) n = size - 1;
    for (int i = 0; i < n; i++) out[i] = li->buffer[i];
    out[n] = 0;
    return n;
}

#endif
