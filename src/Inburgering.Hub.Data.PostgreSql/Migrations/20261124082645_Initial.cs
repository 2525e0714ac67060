using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inburgering.Hub.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Subject = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Roles = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    OperationName = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    DocumentHash = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    GemeentenTouched = table.Column<string>(type: "text", maxLength: 1000, nullable: false, collation: "C"),
                    RowsReturned = table.Column<int>(type: "integer", nullable: false),
                    DurationMs = table.Column<double>(type: "double precision", nullable: false),
                    Outcome = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "connector_states",
                columns: table => new
                {
                    Connector = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Stream = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    State = table.Column<string>(type: "text", maxLength: 8000, nullable: false, collation: "C"),
                    UpdatedByRunId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connector_states", x => new { x.Connector, x.Stream });
                });

            migrationBuilder.CreateTable(
                name: "gemeenten",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C"),
                    Naam = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    Regio = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gemeenten", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "inburgeraars",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Pseudoniem = table.Column<string>(type: "text", maxLength: 64, nullable: true, collation: "C"),
                    VNummerPseudoniem = table.Column<string>(type: "text", maxLength: 64, nullable: true, collation: "C"),
                    Geboortejaar = table.Column<int>(type: "integer", nullable: true),
                    Herkomstland = table.Column<string>(type: "text", maxLength: 3, nullable: true, collation: "C"),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C"),
                    GemeentePrioriteit = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgeraars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quarantine_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    Connector = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Stream = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    Location = table.Column<string>(type: "text", maxLength: 1000, nullable: false, collation: "C"),
                    Content = table.Column<string>(type: "text", maxLength: 20000, nullable: false, collation: "C"),
                    ReasonCode = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Message = table.Column<string>(type: "text", maxLength: 2000, nullable: false, collation: "C"),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    RecordType = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    RecordJson = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    BsnPseudoniem = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    VNummerPseudoniem = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedRunId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarantine_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "source_files",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Connector = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Stream = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", maxLength: 1000, nullable: false, collation: "C"),
                    Sha256 = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    RetainUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArchivePurgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sync_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Connector = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    ConnectorVersion = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Read = table.Column<int>(type: "integer", nullable: false),
                    Inserted = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Deleted = table.Column<int>(type: "integer", nullable: false),
                    Quarantined = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", maxLength: 4000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "taakstellingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C"),
                    Periode = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Aantal = table.Column<int>(type: "integer", nullable: false),
                    Gerealiseerd = table.Column<int>(type: "integer", nullable: false),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taakstellingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "boetes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Bedrag = table.Column<double>(type: "double precision", nullable: false),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boetes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_boetes_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brede_intakes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BredeIntakeDatum = table.Column<DateOnly>(type: "date", nullable: true),
                    LeerbaarheidstoetsDatum = table.Column<DateOnly>(type: "date", nullable: true),
                    AdviesLeerroute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    PipDagtekening = table.Column<DateOnly>(type: "date", nullable: true),
                    Leerroute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    PipBeeindigdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    PipBeeindigdReden = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brede_intakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_brede_intakes_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "duo_meldingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Wet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    Doelgroep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    CorrectieVan = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    VervangenDoorSourceId = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    NaarGemeenteCode = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    Reden = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    TermijnAanvang = table.Column<DateOnly>(type: "date", nullable: true),
                    TermijnEinde = table.Column<DateOnly>(type: "date", nullable: true),
                    VerlengingWeken = table.Column<int>(type: "integer", nullable: true),
                    NieuweEinde = table.Column<DateOnly>(type: "date", nullable: true),
                    Grond = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    ExamenOnderdeel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    ExamenNiveau = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    ExamenResultaat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    ExamenCijfer = table.Column<double>(type: "double precision", nullable: true),
                    Examendatum = table.Column<DateOnly>(type: "date", nullable: true),
                    BoeteBedrag = table.Column<double>(type: "double precision", nullable: true),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duo_meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_duo_meldingen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "examenonderdelen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Onderdeel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Niveau = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Resultaat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Cijfer = table.Column<double>(type: "double precision", nullable: true),
                    Examendatum = table.Column<DateOnly>(type: "date", nullable: false),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_examenonderdelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_examenonderdelen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inburgeringsplichten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Doelgroep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Wet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    StatusDatum = table.Column<DateOnly>(type: "date", nullable: true),
                    TermijnAanvang = table.Column<DateOnly>(type: "date", nullable: true),
                    TermijnEinde = table.Column<DateOnly>(type: "date", nullable: true),
                    BeeindigingReden = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgeringsplichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inburgeringsplichten_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "koppelingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Koppeldatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Huisvestingsdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    TaakstellingPeriode = table.Column<string>(type: "text", maxLength: 7, nullable: false, collation: "C"),
                    GezinId = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    Gezinsrol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Nareiziger = table.Column<bool>(type: "boolean", nullable: false),
                    Voorinburgering = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_koppelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_koppelingen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "leerroute_deelnames",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Aanbieder = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    CursistId = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    Leerroute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    LaatstePeildatum = table.Column<DateOnly>(type: "date", nullable: false),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leerroute_deelnames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_leerroute_deelnames_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "map_trajecten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    PraktijkUren = table.Column<double>(type: "double precision", nullable: false),
                    ThemasAfgerond = table.Column<int>(type: "integer", nullable: false),
                    DatumEindgesprek = table.Column<DateOnly>(type: "date", nullable: true),
                    Resultaat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_trajecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_map_trajecten_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ontzorgtrajecten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    GeplandeEinddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    VerlengdTot = table.Column<DateOnly>(type: "date", nullable: true),
                    Posten = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ontzorgtrajecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ontzorgtrajecten_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participatieactiviteiten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    UrenPerWeek = table.Column<double>(type: "double precision", nullable: true),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participatieactiviteiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_participatieactiviteiten_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plicht_gemeenten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    NaarGemeenteCode = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plicht_gemeenten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plicht_gemeenten_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pvts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AfgerondOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Aanbieder = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pvts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pvts_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "termijn_verlengingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Weken = table.Column<int>(type: "integer", nullable: false),
                    NieuweEinde = table.Column<DateOnly>(type: "date", nullable: false),
                    Grond = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_termijn_verlengingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_termijn_verlengingen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "uitkeringen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    RedenUitstroom = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_uitkeringen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_uitkeringen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "voortgangsmetingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeerrouteDeelnameId = table.Column<long>(type: "bigint", nullable: false),
                    Peildatum = table.Column<DateOnly>(type: "date", nullable: false),
                    UrenAangeboden = table.Column<double>(type: "double precision", nullable: false),
                    UrenGevolgd = table.Column<double>(type: "double precision", nullable: false),
                    UrenGeoorloofdVerzuim = table.Column<double>(type: "double precision", nullable: false),
                    UrenOngeoorloofdVerzuim = table.Column<double>(type: "double precision", nullable: false),
                    UrenParticipatie = table.Column<double>(type: "double precision", nullable: true),
                    NiveauLezen = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    NiveauLuisteren = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    NiveauSchrijven = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    NiveauSpreken = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    KnmAfgerond = table.Column<bool>(type: "boolean", nullable: false),
                    SourceConnector = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceStream = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    FirstSeenRunId = table.Column<long>(type: "bigint", nullable: false),
                    LastChangedRunId = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLocation = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    LastSeenFileId = table.Column<long>(type: "bigint", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedRunId = table.Column<long>(type: "bigint", nullable: true),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voortgangsmetingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_voortgangsmetingen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_voortgangsmetingen_leerroute_deelnames_LeerrouteDeelnameId",
                        column: x => x.LeerrouteDeelnameId,
                        principalTable: "leerroute_deelnames",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_boetes_GemeenteCode",
                table: "boetes",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_boetes_InburgeraarId",
                table: "boetes",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_boetes_LastSeenFileId",
                table: "boetes",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_boetes_SourceConnector_SourceStream_SourceId",
                table: "boetes",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_brede_intakes_GemeenteCode",
                table: "brede_intakes",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_brede_intakes_InburgeraarId",
                table: "brede_intakes",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_brede_intakes_LastSeenFileId",
                table: "brede_intakes",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_brede_intakes_SourceConnector_SourceStream_SourceId",
                table: "brede_intakes",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_duo_meldingen_GemeenteCode",
                table: "duo_meldingen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_duo_meldingen_InburgeraarId",
                table: "duo_meldingen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_duo_meldingen_LastSeenFileId",
                table: "duo_meldingen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_duo_meldingen_SourceConnector_SourceStream_SourceId",
                table: "duo_meldingen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_examenonderdelen_GemeenteCode",
                table: "examenonderdelen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_examenonderdelen_InburgeraarId",
                table: "examenonderdelen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_examenonderdelen_LastSeenFileId",
                table: "examenonderdelen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_examenonderdelen_SourceConnector_SourceStream_SourceId",
                table: "examenonderdelen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraars_GemeenteCode",
                table: "inburgeraars",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraars_Pseudoniem",
                table: "inburgeraars",
                column: "Pseudoniem",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraars_VNummerPseudoniem",
                table: "inburgeraars",
                column: "VNummerPseudoniem",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgeringsplichten_GemeenteCode",
                table: "inburgeringsplichten",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_inburgeringsplichten_InburgeraarId",
                table: "inburgeringsplichten",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_inburgeringsplichten_LastSeenFileId",
                table: "inburgeringsplichten",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_inburgeringsplichten_SourceConnector_SourceStream_SourceId",
                table: "inburgeringsplichten",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_koppelingen_GemeenteCode",
                table: "koppelingen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_koppelingen_InburgeraarId",
                table: "koppelingen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_koppelingen_LastSeenFileId",
                table: "koppelingen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_koppelingen_SourceConnector_SourceStream_SourceId",
                table: "koppelingen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_GemeenteCode",
                table: "leerroute_deelnames",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_InburgeraarId",
                table: "leerroute_deelnames",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_LastSeenFileId",
                table: "leerroute_deelnames",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_SourceConnector_SourceStream_SourceId",
                table: "leerroute_deelnames",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_map_trajecten_GemeenteCode",
                table: "map_trajecten",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_map_trajecten_InburgeraarId",
                table: "map_trajecten",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_map_trajecten_LastSeenFileId",
                table: "map_trajecten",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_map_trajecten_SourceConnector_SourceStream_SourceId",
                table: "map_trajecten",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ontzorgtrajecten_GemeenteCode",
                table: "ontzorgtrajecten",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_ontzorgtrajecten_InburgeraarId",
                table: "ontzorgtrajecten",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_ontzorgtrajecten_LastSeenFileId",
                table: "ontzorgtrajecten",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ontzorgtrajecten_SourceConnector_SourceStream_SourceId",
                table: "ontzorgtrajecten",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participatieactiviteiten_GemeenteCode",
                table: "participatieactiviteiten",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_participatieactiviteiten_InburgeraarId",
                table: "participatieactiviteiten",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_participatieactiviteiten_LastSeenFileId",
                table: "participatieactiviteiten",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_participatieactiviteiten_SourceConnector_SourceStream_Sourc~",
                table: "participatieactiviteiten",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plicht_gemeenten_GemeenteCode",
                table: "plicht_gemeenten",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_plicht_gemeenten_InburgeraarId",
                table: "plicht_gemeenten",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_plicht_gemeenten_LastSeenFileId",
                table: "plicht_gemeenten",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_plicht_gemeenten_SourceConnector_SourceStream_SourceId",
                table: "plicht_gemeenten",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pvts_GemeenteCode",
                table: "pvts",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_pvts_InburgeraarId",
                table: "pvts",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_pvts_LastSeenFileId",
                table: "pvts",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_pvts_SourceConnector_SourceStream_SourceId",
                table: "pvts",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quarantine_records_RunId",
                table: "quarantine_records",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_quarantine_records_Status_Connector",
                table: "quarantine_records",
                columns: new[] { "Status", "Connector" });

            migrationBuilder.CreateIndex(
                name: "IX_source_files_RunId",
                table: "source_files",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_source_files_Sha256",
                table: "source_files",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_sync_runs_Connector_StartedAt",
                table: "sync_runs",
                columns: new[] { "Connector", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_taakstellingen_GemeenteCode",
                table: "taakstellingen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_taakstellingen_LastSeenFileId",
                table: "taakstellingen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_taakstellingen_SourceConnector_SourceStream_SourceId",
                table: "taakstellingen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_termijn_verlengingen_GemeenteCode",
                table: "termijn_verlengingen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_termijn_verlengingen_InburgeraarId",
                table: "termijn_verlengingen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_termijn_verlengingen_LastSeenFileId",
                table: "termijn_verlengingen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_termijn_verlengingen_SourceConnector_SourceStream_SourceId",
                table: "termijn_verlengingen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_uitkeringen_GemeenteCode",
                table: "uitkeringen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_uitkeringen_InburgeraarId",
                table: "uitkeringen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_uitkeringen_LastSeenFileId",
                table: "uitkeringen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_uitkeringen_SourceConnector_SourceStream_SourceId",
                table: "uitkeringen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmetingen_GemeenteCode",
                table: "voortgangsmetingen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmetingen_InburgeraarId",
                table: "voortgangsmetingen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmetingen_LastSeenFileId",
                table: "voortgangsmetingen",
                column: "LastSeenFileId");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmetingen_LeerrouteDeelnameId",
                table: "voortgangsmetingen",
                column: "LeerrouteDeelnameId");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmetingen_SourceConnector_SourceStream_SourceId",
                table: "voortgangsmetingen",
                columns: new[] { "SourceConnector", "SourceStream", "SourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "boetes");

            migrationBuilder.DropTable(
                name: "brede_intakes");

            migrationBuilder.DropTable(
                name: "connector_states");

            migrationBuilder.DropTable(
                name: "duo_meldingen");

            migrationBuilder.DropTable(
                name: "examenonderdelen");

            migrationBuilder.DropTable(
                name: "gemeenten");

            migrationBuilder.DropTable(
                name: "inburgeringsplichten");

            migrationBuilder.DropTable(
                name: "koppelingen");

            migrationBuilder.DropTable(
                name: "map_trajecten");

            migrationBuilder.DropTable(
                name: "ontzorgtrajecten");

            migrationBuilder.DropTable(
                name: "participatieactiviteiten");

            migrationBuilder.DropTable(
                name: "plicht_gemeenten");

            migrationBuilder.DropTable(
                name: "pvts");

            migrationBuilder.DropTable(
                name: "quarantine_records");

            migrationBuilder.DropTable(
                name: "source_files");

            migrationBuilder.DropTable(
                name: "sync_runs");

            migrationBuilder.DropTable(
                name: "taakstellingen");

            migrationBuilder.DropTable(
                name: "termijn_verlengingen");

            migrationBuilder.DropTable(
                name: "uitkeringen");

            migrationBuilder.DropTable(
                name: "voortgangsmetingen");

            migrationBuilder.DropTable(
                name: "leerroute_deelnames");

            migrationBuilder.DropTable(
                name: "inburgeraars");
        }
    }
}
