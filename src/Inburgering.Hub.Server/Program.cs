using Inburgering.Hub.Server.Cli;

return await HubCli.RunAsync(args);

/// <summary>Entry point (also the anchor for WebApplicationFactory in tests).</summary>
public partial class Program;
