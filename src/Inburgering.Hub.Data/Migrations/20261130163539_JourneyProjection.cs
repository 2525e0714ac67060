using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Hub.Data.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InburgeraarId = table.Column<long>(type: "INTEGER", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Groep = table.Column<int>(type: "INTEGER", nullable: false),
                    Rij = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Leerroute = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Sleutel = table.Column<long>(type: "INTEGER", nullable: false)
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
