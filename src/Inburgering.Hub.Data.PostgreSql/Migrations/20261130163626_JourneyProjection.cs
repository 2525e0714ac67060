using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inburgering.Hub.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class JourneyProjection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inburgeraar_mijlpalen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InburgeraarId = table.Column<long>(type: "bigint", nullable: false),
                    GemeenteCode = table.Column<string>(type: "text", maxLength: 6, nullable: false, collation: "C"),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Groep = table.Column<int>(type: "integer", nullable: false),
                    Rij = table.Column<string>(type: "text", maxLength: 60, nullable: false, collation: "C"),
                    Leerroute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    Sleutel = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgeraar_mijlpalen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inburgeraar_mijlpalen_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraar_mijlpalen_InburgeraarId",
                table: "inburgeraar_mijlpalen",
                column: "InburgeraarId");

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraar_mijlpalen_Periode",
                table: "inburgeraar_mijlpalen",
                columns: new[] { "Datum", "GemeenteCode", "Rij", "Groep", "Leerroute", "Soort", "Sleutel" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgeraar_mijlpalen");
        }
    }
}
