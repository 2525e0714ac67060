using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Duo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "BoeteBedrag",
                table: "duo_meldingen",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ExamenCijfer",
                table: "duo_meldingen",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExamenNiveau",
                table: "duo_meldingen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExamenOnderdeel",
                table: "duo_meldingen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExamenResultaat",
                table: "duo_meldingen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Examendatum",
                table: "duo_meldingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Grond",
                table: "duo_meldingen",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NieuweEinde",
                table: "duo_meldingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermijnAanvang",
                table: "duo_meldingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermijnEinde",
                table: "duo_meldingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VerlengingWeken",
                table: "duo_meldingen",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BoeteBedrag",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "ExamenCijfer",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "ExamenNiveau",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "ExamenOnderdeel",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "ExamenResultaat",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "Examendatum",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "Grond",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "NieuweEinde",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "TermijnAanvang",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "TermijnEinde",
                table: "duo_meldingen");

            migrationBuilder.DropColumn(
                name: "VerlengingWeken",
                table: "duo_meldingen");
        }
    }
}
