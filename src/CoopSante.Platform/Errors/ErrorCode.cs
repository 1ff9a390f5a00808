namespace CoopSante.Platform.Errors;

/// <summary>How a failure maps to HTTP.</summary>
public enum ErrorKind
{
    Validation = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,
    Unprocessable = 422,
    TooManyRequests = 429,
}

/// <summary>
/// A failure a user can hit, named "Module.Sentence" (e.g. <c>Federation.NeqInvalid</c>). The code is stable:
/// clients and tests rely on it. Its message lives in the module's error resources under the same key.
/// </summary>
public sealed record ErrorCode(string Code, ErrorKind Kind = ErrorKind.Validation)
{
    public Failure At(string field, params object[] args) => new(this, field, args);
    public Failure With(params object[] args) => new(this, null, args);
    public override string ToString() => Code;
}

/// <summary>One failure: the code, the field it concerns (camelCase, as in the request) and message arguments.</summary>
public sealed record Failure(ErrorCode Error, string? Field = null, object[]? Args = null)
{
    public static implicit operator Failure(ErrorCode code) => new(code);
}

/// <summary>Thrown by rules and features; the exception handler turns it into RFC 9457 problem details.</summary>
public sealed class DomainException : Exception
{
    public DomainException(params Failure[] failures) : base(string.Join(", ", failures.Select(f => f.Error.Code)))
    {
        if (failures.Length == 0) throw new ArgumentException("At least one failure.", nameof(failures));
        Failures = failures;
    }

    public DomainException(IEnumerable<Failure> failures) : this(failures.ToArray()) { }

    public IReadOnlyList<Failure> Failures { get; }
    public ErrorKind Kind => Failures[0].Error.Kind;

    public static void ThrowIfAny(ICollection<Failure> failures)
    {
        if (failures.Count > 0) throw new DomainException(failures);
    }
}
