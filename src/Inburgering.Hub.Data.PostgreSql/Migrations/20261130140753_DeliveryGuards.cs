using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inburgering.Hub.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AppliedAt",
                table: "source_files",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeldAt",
                table: "source_files",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeldWithdrawals",
                table: "source_files",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReleasedAt",
                table: "source_files",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReleasedBy",
                table: "source_files",
                type: "text",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<long>(
                name: "LastSeenRunId",
                table: "quarantine_records",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeenCount",
                table: "quarantine_records",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "sync_run_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Message = table.Column<string>(type: "text", maxLength: 2000, nullable: false, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_run_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_source_files_Connector_Stream_Name",
                table: "source_files",
                columns: new[] { "Connector", "Stream", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_sync_run_events_RunId",
                table: "sync_run_events",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sync_run_events");

            migrationBuilder.DropIndex(
                name: "IX_source_files_Connector_Stream_Name",
                table: "source_files");

            migrationBuilder.DropColumn(
                name: "AppliedAt",
                table: "source_files");

            migrationBuilder.DropColumn(
                name: "HeldAt",
                table: "source_files");

            migrationBuilder.DropColumn(
                name: "HeldWithdrawals",
                table: "source_files");

            migrationBuilder.DropColumn(
                name: "ReleasedAt",
                table: "source_files");

            migrationBuilder.DropColumn(
                name: "ReleasedBy",
                table: "source_files");

            migrationBuilder.DropColumn(
                name: "LastSeenRunId",
                table: "quarantine_records");

            migrationBuilder.DropColumn(
                name: "SeenCount",
                table: "quarantine_records");
        }
    }
}
