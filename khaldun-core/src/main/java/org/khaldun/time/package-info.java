/**
 * DATES stage: dates a sentence's event from its text and the publication date ({@link
 * org.khaldun.time.DateResolver}), with the precision the evidence supports.
 */
package org.khaldun.time;
