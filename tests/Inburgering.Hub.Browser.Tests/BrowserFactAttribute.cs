namespace Inburgering.Hub.Browser.Tests;

/// <summary>A fact that needs Debian's Chromium; skipped with <see cref="BrowserHub.SkipReason"/> when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserHub.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
