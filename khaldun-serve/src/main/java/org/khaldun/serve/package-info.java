/**
 * The server: {@link org.khaldun.serve.KhaldunServer} puts the REST API over an event store and
 * serves the web page; {@link org.khaldun.serve.ServerFile} and {@link
 * org.khaldun.serve.ServerClient} let a second process hand its work to the server that holds the
 * database.
 */
package org.khaldun.serve;
