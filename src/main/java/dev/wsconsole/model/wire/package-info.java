/**
 * The JSON bodies the server answers and the console reads (and the requests the console sends): one set of
 * records for both sides, written and read with {@link dev.wsconsole.model.Json#mapper()}, so a renamed field
 * breaks the build or a test instead of a screen.
 */
package dev.wsconsole.model.wire;
