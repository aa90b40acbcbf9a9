mod set_params;
mod migrations;
