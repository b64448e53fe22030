package org.homeward.web;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of the web layer itself: what is wrong with a request before any feature reads
 * it (its size, its form, its parameters) and the errors the servlet container forwards. The word
 * on the wire and in the message key {@code problem.<CODE>} is the constant's name.
 */
public enum WebProblemCode implements ProblemCode {
    /** The caller's role does not allow this. */
    ACCESS_DENIED,
    /** The caller is not signed in. */
    AUTHENTICATION_REQUIRED,
    /** The request body is larger than a request of its kind may be. */
    BODY_TOO_LARGE,
    /** The request body is not JSON of the expected shape. */
    BODY_UNREADABLE,
    /** A form arrived with a part or a parameter missing. */
    FORM_INCOMPLETE,
    /** Something went wrong on the server's side. */
    INTERNAL_ERROR,
    /** The body is not of a media type taken here. */
    MEDIA_TYPE_UNSUPPORTED,
    /** The method is not allowed at this address. */
    METHOD_NOT_ALLOWED,
    /** Nothing is at this address. */
    NOT_FOUND,
    /** A list holds null. */
    NULL_ELEMENT,
    /** A number is outside the range its parameter or field allows. */
    PARAMETER_OUT_OF_RANGE,
    /** The request cannot be served as sent. */
    REQUEST_INVALID,
    /** The request is larger than allowed. */
    REQUEST_TOO_LARGE,
    /** A text holds a control character (NUL and the like). */
    TEXT_CONTROL_CHARACTER,
    /** A list has more elements than allowed. */
    TOO_MANY_ELEMENTS,
    /** A file was expected as multipart/form-data. */
    UPLOAD_EXPECTED,
    /** An uploaded file is larger than allowed. */
    UPLOAD_TOO_LARGE
}
