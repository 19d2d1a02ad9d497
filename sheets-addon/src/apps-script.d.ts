// The add-on runs in Apps Script: its services (SpreadsheetApp, PropertiesService, ...) are globals.
/// <reference types="google-apps-script" />
export {};
