namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>Stable reason codes for quarantined records, shared by connectors and the engine.</summary>
public static class ReasonCodes
{
    public const string MalformedRecord = "MALFORMED_RECORD";
    public const string MissingField = "MISSING_FIELD";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidNumber = "INVALID_NUMBER";
    public const string InvalidBsn = "INVALID_BSN";
    public const string InvalidVNummer = "INVALID_V_NUMMER";
    public const string UnknownGemeente = "UNKNOWN_GEMEENTE";
    public const string UnknownCode = "UNKNOWN_CODE";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string NoPersonKey = "NO_PERSON_KEY";
    public const string InvalidValue = "INVALID_VALUE";
    public const string UnreadableDocument = "UNREADABLE_DOCUMENT";
}
