package denominator.googledns;

/**
 * Thrown inside the simulator to answer a request with one of Google's errors: status, reason, gRPC
 * status and message, as the wire page's error table gives them. Static factories hold the
 * messages, which name the entity and the bad value.
 */
final class GoogleRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String reason;
  private final String grpcStatus;

  GoogleRefusal(int status, String reason, String grpcStatus, String message) {
    // an expected answer, not a failure: no stack trace to fill
    super(message, null, false, false);
    this.status = status;
    this.reason = reason;
    this.grpcStatus = grpcStatus;
  }

  /** 400 {@code invalid} with a message of the simulator's own. */
  static GoogleRefusal invalid(String message) {
    return new GoogleRefusal(400, "invalid", "INVALID_ARGUMENT", message);
  }

  /** 400 {@code invalid}: {@code Invalid value for '<field>': '<value>'}. */
  static GoogleRefusal invalidValue(String field, Object value) {
    return invalid("Invalid value for '" + field + "': '" + value + "'");
  }

  /** 400 {@code required}: a field that must be given is absent. */
  static GoogleRefusal required(String field) {
    return new GoogleRefusal(
        400, "required", "INVALID_ARGUMENT", "Required field '" + field + "' not specified");
  }

  /** 400: the addition {@code entity} leaves a CNAME beside another type at its name. */
  static GoogleRefusal cnameConflict(String entity, String rrset) {
    return new GoogleRefusal(
        400,
        "cnameResourceRecordSetConflict",
        "INVALID_ARGUMENT",
        "The resource '"
            + entity
            + "' named '"
            + rrset
            + "' cannot be created: a CNAME may not share its name with a resource record set of"
            + " another type");
  }

  static GoogleRefusal containerNotEmpty(String zone) {
    return new GoogleRefusal(
        400,
        "containerNotEmpty",
        "FAILED_PRECONDITION",
        "The resource named '" + zone + "' cannot be deleted because it is not empty");
  }

  static GoogleRefusal loginRequired() {
    return new GoogleRefusal(
        401,
        "required",
        "UNAUTHENTICATED",
        "Request is missing required authentication credential. Expected OAuth 2 access token,"
            + " login cookie or other valid authentication credential.");
  }

  static GoogleRefusal invalidCredentials() {
    return new GoogleRefusal(
        401,
        "authError",
        "UNAUTHENTICATED",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login"
            + " cookie or other valid authentication credential.");
  }

  static GoogleRefusal insufficientScopes() {
    return new GoogleRefusal(
        403,
        "insufficientPermissions",
        "PERMISSION_DENIED",
        "Request had insufficient authentication scopes.");
  }

  static GoogleRefusal forbidden(String project) {
    return new GoogleRefusal(
        403,
        "forbidden",
        "PERMISSION_DENIED",
        "The caller does not have permission on project '" + project + "'");
  }

  /** 403 {@code quotaExceeded}: {@code asked} is over the quota's {@code limit}. */
  static GoogleRefusal quotaExceeded(String quota, long asked, long limit) {
    return new GoogleRefusal(
        403,
        "quotaExceeded",
        "RESOURCE_EXHAUSTED",
        "Quota exceeded for quota group '" + quota + "': " + asked + " > " + limit);
  }

  /** 404: {@code The '<entity>' resource named '<name>' does not exist.} */
  static GoogleRefusal notFound(String entity, String name) {
    return new GoogleRefusal(
        404,
        "notFound",
        "NOT_FOUND",
        "The '" + entity + "' resource named '" + name + "' does not exist.");
  }

  /** 404 for a path the simulator does not serve. */
  static GoogleRefusal noRoute(String route) {
    return new GoogleRefusal(404, "notFound", "NOT_FOUND", "No such method: " + route);
  }

  /** 409: {@code The resource '<entity>' named '<name>' already exists}. */
  static GoogleRefusal alreadyExists(String entity, String name) {
    return new GoogleRefusal(
        409,
        "alreadyExists",
        "ALREADY_EXISTS",
        "The resource '" + entity + "' named '" + name + "' already exists");
  }

  /** 412: a deletion that differs from the current rrset. */
  static GoogleRefusal conditionNotMet(String entity) {
    return new GoogleRefusal(
        412, "conditionNotMet", "FAILED_PRECONDITION", "Precondition not met for '" + entity + "'");
  }

  static GoogleRefusal rateLimited() {
    return new GoogleRefusal(
        429,
        "rateLimitExceeded",
        "RESOURCE_EXHAUSTED",
        "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service"
            + " 'dns.googleapis.com'.");
  }

  int status() {
    return status;
  }

  String reason() {
    return reason;
  }

  GoogleReply reply() {
    return GoogleReply.error(status, reason, grpcStatus, getMessage());
  }
}
