/**
 * The one fold of facts: pure functions that evolve an application's, a case's and a document's fact by one event,
 * in stream order. {@link cn.gongkai.events.audit.Books} (as-of reports, provenance, the verifier) folds with them;
 * the live statistics projection keeps the same facts in SQL, set-based.
 */
package cn.gongkai.events.fold;
