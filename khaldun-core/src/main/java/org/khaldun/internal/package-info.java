/**
 * Helpers shared by several stages (text normalisation for matching, resource loading). Not part of
 * Khaldun's API: anything here may change without notice.
 */
package org.khaldun.internal;
