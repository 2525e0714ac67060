namespace Inburgering.Hub.Reporting;

/// <summary>A report request that cannot be answered; <see cref="Code"/> is the GraphQL error code.</summary>
public sealed class ReportException : Exception
{
    public const string ForbiddenGemeente = "FORBIDDEN_GEMEENTE";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string UnknownGemeente = "UNKNOWN_GEMEENTE";

    public ReportException()
    {
        Code = "";
    }

    public ReportException(string message)
        : base(message)
    {
        Code = "";
    }

    public ReportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "";
    }

    public ReportException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
